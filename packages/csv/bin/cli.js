#!/usr/bin/env node
// The installed command. It exists before the first build, so installing the workspace
// links it without a warning; the CLI itself is dist/cli.js.
import '../dist/cli.js';
