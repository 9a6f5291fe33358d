import { expose } from 'comlink';
import { startFrameworkBackend } from './framework-backend.ts';
import { createFrameworkSide } from './framework-side.ts';
import { createSideApi } from './side-api.ts';

// The only entry that loads TF.js: the page creates this worker when the compare view opens.
expose(createSideApi('framework', createFrameworkSide(startFrameworkBackend)));
