import { configure } from '@testing-library/react';

// Lazy routes load on first render; on a busy 2-core machine that can exceed the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
