#!/usr/bin/env node
import { main } from '../dist/cli/wuerr.js';
await main();
