package org.sealdesk.order;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of an order's seal images as the order summary links it: {@code seal-<TYPE>.png} as the order makes the seal,
 * {@code held-<TYPE>.png} the held seal a change (变更) replaces, as it is now.
 */
public record SealImage(SealType type, boolean held) {

    private static final Pattern NAME = Pattern.compile("(seal|held)-([A-Z_]+)\\.png");

    /** The image a file name asks for, if it names one. @throws IllegalArgumentException for no such seal type */
    public static Optional<SealImage> named(String name) {
        Matcher image = NAME.matcher(name);
        return image.matches() ? Optional.of(new SealImage(SealType.valueOf(image.group(2)),
                image.group(1).equals("held"))) : Optional.empty();
    }
}
