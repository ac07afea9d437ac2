// Where the API under test listens: ./icn test starts it and sets ICN_API_URL.
export const apiUrl = process.env.ICN_API_URL ?? 'http://127.0.0.1:5080';
export const graphqlUrl = new URL('/graphql', apiUrl).toString();
