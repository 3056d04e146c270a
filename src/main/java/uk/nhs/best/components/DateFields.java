package uk.nhs.best.components;

import com.vaadin.flow.component.datepicker.DatePicker;
import uk.nhs.best.common.ClinicTime;

/** Date pickers that read and write dd/MM/yyyy and start weeks on Monday. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(ClinicTime.LOCALE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "dd/MM/yy", "d/M/yy");
        i18n.setFirstDayOfWeek(1); // Monday
        i18n.setBadInputErrorMessage("Enter a date as dd/mm/yyyy.");
        i18n.setMaxErrorMessage("The date cannot be in the future.");
        picker.setI18n(i18n);
        picker.setPlaceholder("dd/mm/yyyy");
        return picker;
    }
}
