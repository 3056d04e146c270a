package uk.nhs.best.components;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a site page (a route starting {@code sites/:site}) in the navigation, for the site the user
 * is looking at. Vaadin's own {@code @Menu} skips routes with parameters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SiteMenu {

    String title();

    /** Position in the menu, lowest first. */
    double order() default 0;
}
