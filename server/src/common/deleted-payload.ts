import { Field, ID, ObjectType } from 'type-graphql';

/** Makes a delete mutation's payload: `${name}Payload { id }`, the id of the record that is gone. */
export function DeletedPayloadType(name: string, what: string) {
  @ObjectType(`${name}Payload`, { description: `The result of ${name.charAt(0).toLowerCase()}${name.slice(1)}.` })
  class DeletedPayloadClass {
    @Field(() => ID, { description: `The id of the deleted ${what}.` })
    id!: string;
  }
  return DeletedPayloadClass;
}
