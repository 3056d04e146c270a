package uk.nhs.best.sites.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;

@Entity
@Table(name = "site")
class Site {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;
    private String address;
    private String phone;

    @Column(name = "group_min_size")
    private int groupMinSize;

    @Column(name = "group_max_size")
    private int groupMaxSize;

    @Column(name = "assessment_target_weeks")
    private int assessmentTargetWeeks;

    @Column(name = "group_target_weeks")
    private int groupTargetWeeks;

    @Column(name = "opens_at")
    private LocalTime opensAt;

    @Column(name = "closes_at")
    private LocalTime closesAt;

    @Version
    private long version;

    protected Site() {
    }
}
