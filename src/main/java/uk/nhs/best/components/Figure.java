package uk.nhs.best.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One headline number on a dashboard, with what it counts and an optional note below. */
public class Figure extends Div {

    public Figure(String label, String value, String note) {
        addClassName("figure");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("figure-value");
        Span labelSpan = new Span(label);
        labelSpan.addClassName("figure-label");
        add(valueSpan, labelSpan);
        if (note != null && !note.isBlank()) {
            Span noteSpan = new Span(note);
            noteSpan.addClassName("figure-note");
            add(noteSpan);
        }
        getElement().setAttribute("aria-label", label + ": " + value);
    }

    public Figure(String label, long value, String note) {
        this(label, Long.toString(value), note);
    }
}
