// The contract between the server and its clients (admin, tests): generated from schema.graphql.
export * from './generated/graphql.js';
