import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A text that has something besides spaces; " " is as empty as "" to a person. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && value.trim().length > 0,
        defaultMessage: (args) => `${args?.property ?? 'value'} must not be empty`,
      },
    },
    options,
  );
}
