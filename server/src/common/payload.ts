import { Field, ObjectType, type ClassType } from 'type-graphql';

/**
 * Makes a mutation's payload type: `${name}Payload { <field>: Item! }`. Payloads leave room to
 * return more (warnings, related records) without breaking clients.
 */
export function PayloadType<T extends object>(name: string, item: ClassType<T>, field: string, description: string) {
  @ObjectType(`${name}Payload`, { description: `The result of ${name.charAt(0).toLowerCase()}${name.slice(1)}.` })
  class PayloadClass {
    @Field(() => item, { name: field, description })
    record!: T;
  }
  return PayloadClass;
}
