package io.statewire.classify.tagging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** CDI wiring for the framework-free {@link Classifier}. */
public class ClassifierConfig {

    @Produces
    @ApplicationScoped
    Classifier classifier() {
        return new Classifier();
    }
}
