import { registerEnumType } from 'type-graphql';

/** What an exemplar (gương điển hình, mô hình) of a campaign is. */
export enum ExemplarKind {
  PERSON = 'PERSON',
  COLLECTIVE = 'COLLECTIVE',
  HOUSEHOLD = 'HOUSEHOLD',
  MODEL = 'MODEL',
}

registerEnumType(ExemplarKind, {
  name: 'ExemplarKind',
  description: 'What an exemplar of a campaign is.',
  valuesConfig: {
    PERSON: { description: 'An exemplary person (cá nhân điển hình tiên tiến).' },
    COLLECTIVE: { description: 'An exemplary collective: an agency, a mass organization, a village (tập thể).' },
    HOUSEHOLD: { description: 'An exemplary household, e.g. one that escaped poverty (hộ gia đình).' },
    MODEL: { description: 'A livelihood or poverty-reduction model (mô hình sinh kế, mô hình giảm nghèo).' },
  },
});
