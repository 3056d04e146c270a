package uk.nhs.best.components;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Menu} view that compares sites: the menu lists it only for admins and for staff of
 * two or more sites, for whom a comparison means something. The page itself still opens for the
 * roles it allows.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForSeveralSites {
}
