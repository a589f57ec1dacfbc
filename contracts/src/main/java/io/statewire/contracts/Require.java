package io.statewire.contracts;

import io.statewire.contracts.InvalidEventException.Reason;
import java.util.List;

/** Field checks used by the event records' constructors; each failure names the contract and the field. */
final class Require {

    private Require() {
    }

    static String text(String contract, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventException(Reason.MISSING_FIELD, contract + ": missing " + field);
        }
        return value;
    }

    static void schema(String contract, String value) {
        if (!contract.equals(value)) {
            throw new InvalidEventException(Reason.WRONG_SCHEMA, contract + ": wrong schema '" + value + "'");
        }
    }

    static int atLeast(String contract, String field, int value, int minimum) {
        if (value < minimum) {
            throw new InvalidEventException(contract + ": " + field + " must be at least " + minimum + ", was " + value);
        }
        return value;
    }

    static <T> List<T> list(String contract, String field, List<T> value) {
        if (value == null) {
            throw new InvalidEventException(Reason.MISSING_FIELD, contract + ": missing " + field);
        }
        return List.copyOf(value);
    }
}
