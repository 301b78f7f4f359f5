import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';

// Administrators only (see auth/access.ts): the menu hides it from everyone else.
const UserList = lazy(() => import('./UserList').then((m) => ({ default: m.UserList })));
const UserShow = lazy(() => import('./UserShow').then((m) => ({ default: m.UserShow })));
const UserCreate = lazy(() => import('./UserCreate').then((m) => ({ default: m.UserCreate })));
const UserEdit = lazy(() => import('./UserEdit').then((m) => ({ default: m.UserEdit })));

export const users = {
  name: 'users',
  list: UserList,
  show: UserShow,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
