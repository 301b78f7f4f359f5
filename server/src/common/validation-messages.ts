import type { ValidationError } from 'class-validator';
import type { FieldProblem, Localized } from './errors.js';

// class-validator speaks English only; these are the constraints our inputs use, in Vietnamese.
const vietnamese: Record<string, (field: string, args: string[]) => string> = {
  isNotEmpty: (f) => `${f} không được để trống`,
  notBlank: (f) => `${f} không được để trống`,
  maxLength: (f, [n]) => `${f} dài tối đa ${n ?? ''} ký tự`,
  minLength: (f, [n]) => `${f} phải có ít nhất ${n ?? ''} ký tự`,
  isEmail: (f) => `${f} không phải là địa chỉ email hợp lệ`,
  matches: (f) => `${f} không đúng định dạng`,
  min: (f, [n]) => `${f} không được nhỏ hơn ${n ?? ''}`,
  max: (f, [n]) => `${f} không được lớn hơn ${n ?? ''}`,
  isInt: (f) => `${f} phải là số nguyên`,
  isPositive: (f) => `${f} phải là số dương`,
  arrayMaxSize: (f, [n]) => `${f} có tối đa ${n ?? ''} phần tử`,
};

function numbersIn(message: string): string[] {
  return message.match(/\d+/g) ?? [];
}

/** Flatten class-validator's nested errors into field problems with both languages. */
export function fieldProblems(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, en]) => {
      const vi = vietnamese[constraint]?.(field, numbersIn(en)) ?? en;
      const message: Localized = { vi, en };
      return { field, message };
    });
    return [...own, ...fieldProblems(error.children ?? [], field)];
  });
}
