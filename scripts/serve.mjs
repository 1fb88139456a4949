// `npm start`: serves the project so the demo can be opened in a browser.
import { startStaticServer } from './static-server.mjs';

const server = await startStaticServer(undefined, Number(process.env.PORT) || 8000);
const { port } = server.address();
console.log(`drawdown-timeline demo: http://localhost:${port}/`);
console.log(`error cases:          http://localhost:${port}/demo/errors.html`);
