package uk.nhs.best.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.nhs.best.support.PortalTest;

/**
 * Galera (the cluster's replicated MariaDB) replicates rows by primary key: a table without one
 * cannot be replicated safely, so every table of the migrated schema must have one.
 */
@PortalTest
class PrimaryKeysTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableOfTheSchemaHasAPrimaryKey() {
        String schema = jdbc.queryForObject("select database()", String.class);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = ? "
                + "and table_type = 'BASE TABLE'", Integer.class, schema)).as("tables in %s", schema).isGreaterThan(5);

        assertThat(tablesWithoutPrimaryKey(schema)).isEmpty();
    }

    @Test
    void aTableWithoutPrimaryKeyIsFound() {
        jdbc.execute("create database if not exists primary_key_check");
        try {
            jdbc.execute("create table primary_key_check.keyless (code varchar(10), unique (code))");
            jdbc.execute("create table primary_key_check.keyed (id int primary key)");
            assertThat(tablesWithoutPrimaryKey("primary_key_check")).containsExactly("keyless");
        } finally {
            jdbc.execute("drop database primary_key_check");
        }
    }

    private List<String> tablesWithoutPrimaryKey(String schema) {
        return jdbc.queryForList("""
                select t.table_name from information_schema.tables t
                where t.table_schema = ? and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')
                order by t.table_name""", String.class, schema);
    }
}
