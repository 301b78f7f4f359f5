import { gql } from '@apollo/client';
import type { Role } from '@chung-tay/schema';

/** One role on one unit; it covers the unit, everything under it and the units merged into it. */
export interface MyGrant {
  role: Role;
  unit: { id: string; code: string; name: string; level: string };
}

/** The logged-in user as the panel needs them: who they are and what they hold where. */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  grants: MyGrant[];
}

export const ME = gql`
  query me {
    me {
      id
      email
      displayName
      grants {
        role
        unit {
          id
          code
          name
          level
        }
      }
    }
  }
`;

export const LOGIN = gql`
  mutation login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
    }
  }
`;

export const LOGOUT = gql`
  mutation logout {
    logout {
      loggedOut
    }
  }
`;
