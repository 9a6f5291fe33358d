import { expose } from 'comlink';
import { createOursSide } from './ours-side.ts';
import { createSideApi } from './side-api.ts';

expose(createSideApi('ours', createOursSide()));
