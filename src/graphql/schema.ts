// Assembles the schema: each module registers its types on the one builder when imported.
import { builder } from './builder.ts';
import './types/scalars.ts';
import './types/enums.ts';
import './types/claim.ts';
import './types/evidence.ts';
import './types/actor.ts';
import './types/article.ts';
import './types/location.ts';
import './types/event.ts';
import './types/search.ts';
import './types/network.ts';

builder.queryType({ description: 'Who said what about whom, with provenance.' });

export const schema = builder.toSchema({ sortSchema: true });
