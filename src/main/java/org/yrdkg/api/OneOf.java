package org.yrdkg.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A request parameter that, when given, is one of a few words ({@link #value}) or the name of a constant of
 * {@link #constants} (an entity or fact type), in any case. Not given (null or blank) is valid: the endpoint
 * has a default. {@link Check#canonical} turns a valid value into the form the reads take.
 */
@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    /** The allowed words, lower case (the first is the default). */
    String[] value() default {};

    /** Or: the enum whose constant names are allowed. */
    Class<? extends Enum<?>> constants() default NoConstants.class;

    String message() default "must be one of {allowed}; got '{got}'.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    enum NoConstants { }

    final class Check implements ConstraintValidator<OneOf, String> {

        private OneOf allowed;

        /** A given value as the reads take it: the constant's own name, or the word in lower case; null when not given. */
        public static String canonical(String value, Class<? extends Enum<?>> constants) {
            if (value == null || value.isBlank()) {
                return null;
            }
            return Arrays.stream(constants.getEnumConstants()).map(Enum::name)
                    .filter(name -> name.equalsIgnoreCase(value.strip())).findFirst().orElse(null);
        }

        /** A given word in lower case, or {@code otherwise} when not given. */
        public static String word(String value, String otherwise) {
            return value == null || value.isBlank() ? otherwise : value.strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public void initialize(OneOf annotation) {
            this.allowed = annotation;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank() || allows(value)) {
                return true;
            }
            // the value given travels as a message parameter, never as part of the template
            context.unwrap(HibernateConstraintValidatorContext.class)
                    .addMessageParameter("allowed", listed())
                    .addMessageParameter("got", value);
            return false;
        }

        private boolean allows(String value) {
            if (allowed.constants() != NoConstants.class) {
                return canonical(value, allowed.constants()) != null;
            }
            return Arrays.asList(allowed.value()).contains(value.strip().toLowerCase(Locale.ROOT));
        }

        private String listed() {
            return allowed.constants() != NoConstants.class ? Arrays.toString(allowed.constants().getEnumConstants())
                    : String.join(", ", allowed.value());
        }
    }
}
