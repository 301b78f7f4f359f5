import { registerEnumType } from 'type-graphql';

/** What a user may do, always within an administrative unit and everything under it. */
export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  FRONT_STAFF = 'FRONT_STAFF',
  EMULATION_OFFICER = 'EMULATION_OFFICER',
  AUDITOR = 'AUDITOR',
  DEVELOPER = 'DEVELOPER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'A role, granted on an administrative unit and everything under it (mergers included).',
  valuesConfig: {
    SYSTEM_ADMIN: { description: 'Manages users and reference data everywhere.' },
    FRONT_STAFF: {
      description: "Fatherland Front staff: campaigns, donors, funds and donations of the unit's subtree.",
    },
    EMULATION_OFFICER: {
      description:
        'Emulation board (Ban Thi đua – Khen thưởng): prepares, submits, reviews and forwards nominations of the ' +
        'unit’s subtree, and decides those whose conferring authority sits at exactly the unit’s level.',
    },
    AUDITOR: { description: 'Reads everything in the subtree, the audit trail included; changes nothing.' },
    DEVELOPER: { description: 'API token holder: read-only, public and aggregate data only.' },
  },
});
