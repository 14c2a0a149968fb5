import type { BankQuestion } from "./types";
import { group } from "./group";

// Front-end technology questions written for InterVu's offline engine.
// Each group: prefix, topic, tech tags, rows of [levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are "<prefix>-NNN" by position inside the group: append new rows at the end so existing ids stay stable.

const javascript = group(
  "js",
  "javascript",
  ["javascript"],
  [
    [
      "jm",
      "What is the difference between var, let and const in JavaScript?",
      [
        "var is function-scoped and hoisted with undefined; let and const are block-scoped",
        "let and const sit in the temporal dead zone until declared",
        "const prevents reassignment but not mutation of objects",
        "Modern code defaults to const, then let",
      ],
    ],
    [
      "jm",
      "Explain closures in JavaScript and give a practical use.",
      [
        "A function keeps access to variables from the scope where it was created",
        "Uses: data privacy, factories, memoisation, event handlers",
        "Classic loop pitfall with var and how let fixes it",
        "Can retain memory longer than expected",
      ],
    ],
    [
      "jms",
      "How does the JavaScript event loop work?",
      [
        "Single thread with a call stack",
        "Macrotask queue (timers, I/O) and microtask queue (promises, queueMicrotask)",
        "Microtasks run to completion after each task, before rendering",
        "Long synchronous work blocks everything; split it or move it to workers",
      ],
    ],
    [
      "jm",
      "What is the difference between == and === in JavaScript?",
      [
        "=== compares without type coercion",
        "== applies coercion rules that give surprising results (e.g. '' == 0)",
        "null == undefined is true, a common deliberate use",
        "Prefer === and explicit conversion",
      ],
    ],
    [
      "jm",
      "How do promises and async/await work, and how do you handle errors with them?",
      [
        "A promise represents a future value: pending, fulfilled or rejected",
        "async functions return promises; await pauses until settled",
        "try/catch around await, or .catch on chains; unhandled rejections",
        "Promise.all, allSettled, race and any for concurrency",
      ],
    ],
    [
      "ms",
      "Explain how 'this' is determined in JavaScript.",
      [
        "Decided by how a function is called: method, plain call, new, call/apply/bind",
        "Arrow functions capture this lexically",
        "Strict mode gives undefined for plain calls",
        "Common bugs when passing methods as callbacks",
      ],
    ],
    [
      "msl",
      "How does prototypal inheritance work in JavaScript, and how do classes relate to it?",
      [
        "Objects link to a prototype; property lookup walks the chain",
        "class syntax is sugar over constructor functions and prototypes",
        "Object.create and Object.getPrototypeOf",
        "Performance and pitfalls of modifying built-in prototypes",
      ],
    ],
    [
      "sl",
      "What causes memory leaks in browser JavaScript applications and how do you find them?",
      [
        "Detached DOM nodes, forgotten listeners, timers and global caches",
        "Closures retaining large objects",
        "Heap snapshots and allocation timelines in dev tools",
        "Cleanup patterns: AbortController, removing listeners, WeakMap",
      ],
    ],
  ],
);

const typescript = group(
  "ts",
  "typescript",
  ["typescript"],
  [
    [
      "jm",
      "What benefits does TypeScript bring over plain JavaScript, and what are its limits?",
      [
        "Catches type errors at compile time and improves editor tooling",
        "Documents intent and makes refactoring safer",
        "Types are erased at runtime: external data still needs validation",
        "Build step and learning curve",
      ],
    ],
    [
      "jm",
      "What is the difference between an interface and a type alias in TypeScript?",
      [
        "Both describe object shapes; types can also express unions, tuples and primitives",
        "Interfaces can be merged by redeclaration and extended",
        "Error messages and performance differences are minor",
        "Team convention matters more than the choice",
      ],
    ],
    [
      "jms",
      "Explain union types and type narrowing in TypeScript.",
      [
        "A union value can be one of several types",
        "Narrowing with typeof, instanceof, in, equality and truthiness checks",
        "Discriminated unions with a literal tag field",
        "Exhaustiveness checks with never",
      ],
    ],
    [
      "ms",
      "How do generics work in TypeScript? Give an example where they help.",
      [
        "Type parameters let functions and types work across types while staying safe",
        "Constraints with extends",
        "Inference from arguments",
        "Example: a typed fetch helper or a repository returning T",
      ],
    ],
    [
      "ms",
      "What are unknown, any and never in TypeScript, and when should each be used?",
      [
        "any switches off checking and spreads silently",
        "unknown forces narrowing before use, good for external input",
        "never represents impossible values, used for exhaustiveness",
        "Prefers unknown over any at boundaries",
      ],
    ],
    [
      "sl",
      "Explain conditional and mapped types in TypeScript with an example.",
      [
        "Mapped types transform each property (Partial, Readonly, Record)",
        "Conditional types choose a type based on extends, with infer",
        "Distribution over unions",
        "Keeps advanced types readable and tested",
      ],
    ],
    [
      "sl",
      "How would you introduce TypeScript into a large existing JavaScript codebase?",
      [
        "Incremental adoption with allowJs and checkJs",
        "Start with loose settings and tighten strict options over time",
        "Type the boundaries and shared modules first",
        "Track progress and avoid sprinkling any",
      ],
    ],
  ],
);

const react = group(
  "react",
  "react",
  ["react"],
  [
    [
      "jm",
      "What is the difference between state and props in React?",
      [
        "Props are inputs passed from the parent and read-only",
        "State is owned by the component and changes over time",
        "State updates trigger re-renders",
        "Lifting state up to share between siblings",
      ],
    ],
    [
      "jm",
      "Why does React need keys when rendering lists?",
      [
        "Keys identify items between renders so React can reconcile correctly",
        "Stable unique ids, not array indexes when order changes",
        "Wrong keys cause lost input state and extra re-renders",
        "Keys must be unique among siblings only",
      ],
    ],
    [
      "jms",
      "Explain how useEffect works and common mistakes with it.",
      [
        "Runs after render to synchronise with external systems",
        "Dependency array controls when it re-runs; cleanup runs before the next run and on unmount",
        "Mistakes: missing dependencies, stale closures, effects used for derived state",
        "Strict mode runs effects twice in development to expose missing cleanup",
      ],
    ],
    [
      "ms",
      "When would you use useMemo, useCallback or React.memo, and when are they unnecessary?",
      [
        "Memoisation avoids expensive recalculation or keeps referential equality",
        "Useful for memoised children or costly computations",
        "Adds complexity and memory; unnecessary for cheap work",
        "Measure with the profiler first; the React Compiler can automate it",
      ],
    ],
    [
      "ms",
      "How do you manage state that many components need in a React application?",
      [
        "Start with local state and lifting up",
        "Context for low-frequency global values; re-render costs",
        "Dedicated libraries (Redux Toolkit, Zustand) for complex client state",
        "Server state handled by data-fetching libraries or server components",
      ],
    ],
    [
      "msl",
      "What are React Server Components and how do they differ from client components?",
      [
        "Render on the server, send no component JavaScript to the browser",
        "Can read data directly; cannot use state, effects or browser APIs",
        "'use client' marks the boundary; props must be serialisable",
        "Benefits for bundle size and data fetching; composition patterns",
      ],
    ],
    [
      "sl",
      "How would you find and fix performance problems in a large React application?",
      [
        "React Profiler and browser performance tools to find slow renders",
        "Avoid unnecessary re-renders: state placement, memoisation, splitting context",
        "Virtualise long lists and code-split heavy routes",
        "Use transitions and deferred values for non-urgent updates",
      ],
    ],
  ],
);

const nextjs = group(
  "nextjs",
  "next.js",
  ["next.js", "react"],
  [
    [
      "jm",
      "What problems does Next.js solve on top of React?",
      [
        "File-based routing and layouts",
        "Server rendering, static generation and streaming",
        "Built-in API routes or route handlers",
        "Image, font and bundle optimisations",
      ],
    ],
    [
      "jm",
      "Explain the difference between static rendering, dynamic rendering and client-side rendering in Next.js.",
      [
        "Static: rendered at build time or revalidated, served from cache",
        "Dynamic: rendered per request, needed for cookies or per-user data",
        "Client-side: rendered in the browser after JavaScript loads",
        "Trade-offs for speed, freshness and SEO",
      ],
    ],
    [
      "ms",
      "How does data fetching and caching work in the Next.js App Router?",
      [
        "Server components fetch data directly with async/await",
        "Caching and revalidation options (time-based or on demand)",
        "Opting into dynamic rendering for per-request data",
        "Avoiding request waterfalls with parallel fetching and Suspense",
      ],
    ],
    [
      "ms",
      "What are Server Actions in Next.js and what should you watch out for when using them?",
      [
        "Functions marked 'use server' callable from forms or client code",
        "They are public endpoints: authenticate and validate inputs every time",
        "Revalidating or redirecting after mutations",
        "Progressive enhancement with forms",
      ],
    ],
    [
      "ms",
      "How does middleware (or proxy) work in Next.js, and what is it suitable for?",
      [
        "Runs before a request is matched to a route",
        "Suited for redirects, rewrites, auth checks and headers",
        "Should stay light; heavy work and database calls belong elsewhere",
        "Matcher configuration to limit where it runs",
      ],
    ],
    [
      "sl",
      "How would you deploy and operate a Next.js application outside a managed platform?",
      [
        "Standalone output and a Node.js server or container",
        "Cache handling across multiple instances",
        "Static assets on a CDN; environment configuration",
        "Health checks, logging and graceful shutdown",
      ],
    ],
  ],
);

const vue = group(
  "vue",
  "vue.js",
  ["vue.js", "vue"],
  [
    [
      "jm",
      "How does reactivity work in Vue?",
      [
        "Reactive state tracked through proxies",
        "ref for primitives and reactive for objects",
        "Components re-render when tracked dependencies change",
        "Pitfalls such as destructuring reactive objects losing reactivity",
      ],
    ],
    [
      "jm",
      "What is the difference between computed properties and watchers in Vue?",
      [
        "Computed values are cached derived state",
        "Watchers run side effects when data changes",
        "Prefer computed for values shown in the template",
        "watch versus watchEffect",
      ],
    ],
    [
      "jm",
      "How do Vue components communicate with each other?",
      [
        "Props down and emitted events up",
        "v-model on components",
        "provide/inject for deep trees",
        "A store such as Pinia for shared state",
      ],
    ],
    [
      "ms",
      "Compare the Options API and the Composition API in Vue.",
      [
        "Options API groups code by option type; easy for beginners",
        "Composition API groups code by feature and enables composables",
        "Better TypeScript support with the Composition API",
        "Can be mixed during migration",
      ],
    ],
    [
      "ms",
      "What are composables in Vue and how do you design a good one?",
      [
        "Functions that encapsulate reusable stateful logic",
        "Return refs and functions; naming with use prefix",
        "Cleanup of side effects on unmount",
        "Accept refs or plain values as arguments",
      ],
    ],
    [
      "sl",
      "How would you structure and optimise a large Vue application?",
      [
        "Feature-based folders and lazy-loaded routes",
        "Pinia stores split by domain",
        "Avoid unnecessary reactivity for large immutable data (shallowRef)",
        "Server-side rendering with Nuxt when SEO or first load matters",
      ],
    ],
  ],
);

const angular = group(
  "angular",
  "angular",
  ["angular", "typescript"],
  [
    [
      "jm",
      "What are the main building blocks of an Angular application?",
      [
        "Components with templates and styles",
        "Services for shared logic, provided through dependency injection",
        "Routing and standalone components (or modules in older apps)",
        "Directives and pipes",
      ],
    ],
    [
      "jm",
      "How does dependency injection work in Angular?",
      [
        "Injectors provide instances based on tokens",
        "providedIn root for singletons; component-level providers for scoped instances",
        "inject() function or constructor injection",
        "Makes testing easier by swapping providers",
      ],
    ],
    [
      "ms",
      "How does change detection work in Angular and how can you make it more efficient?",
      [
        "Zone.js triggers checks after async events in the default strategy",
        "OnPush checks only on input changes, events or signals",
        "Signals give fine-grained reactivity and zoneless apps",
        "trackBy or track in loops to avoid re-creating DOM",
      ],
    ],
    [
      "ms",
      "How are RxJS observables used in Angular and how do you avoid subscription leaks?",
      [
        "HTTP client, forms and router expose observables",
        "Operators such as switchMap, map and debounceTime",
        "async pipe or takeUntilDestroyed to unsubscribe",
        "Converting between signals and observables",
      ],
    ],
    [
      "ms",
      "What are Angular signals and how do they compare with observables?",
      [
        "Synchronous reactive values with signal, computed and effect",
        "Fine-grained updates without zone-based checks",
        "Observables remain better for async streams and events",
        "Interop helpers toSignal and toObservable",
      ],
    ],
    [
      "sl",
      "How would you organise a large Angular codebase shared by several teams?",
      [
        "Feature boundaries with lazy-loaded routes",
        "Shared libraries for UI and core services, possibly in a monorepo",
        "Lint rules enforcing module boundaries",
        "Consistent state management approach and upgrade strategy",
      ],
    ],
  ],
);

const html = group(
  "html",
  "html",
  ["html"],
  [
    [
      "jm",
      "What is semantic HTML and why does it matter?",
      [
        "Elements that describe meaning: header, nav, main, article, button",
        "Improves accessibility for screen readers",
        "Helps SEO and maintainability",
        "Avoids div soup and clickable divs",
      ],
    ],
    [
      "jm",
      "How do you build an accessible HTML form?",
      [
        "Labels connected to inputs",
        "Correct input types and autocomplete attributes",
        "Clear error messages linked with aria-describedby",
        "Keyboard operable with visible focus",
      ],
    ],
    [
      "jm",
      "What is the difference between the async and defer attributes on a script tag?",
      [
        "Both download without blocking parsing",
        "async runs as soon as it loads, in any order",
        "defer runs in order after parsing completes",
        "Module scripts are deferred by default",
      ],
    ],
    [
      "jm",
      "When should you use ARIA attributes, and when should you avoid them?",
      [
        "First rule: use native elements when possible",
        "ARIA adds roles, states and labels for custom widgets",
        "Incorrect ARIA can make accessibility worse",
        "Test with a screen reader and automated tools",
      ],
    ],
    [
      "ms",
      "What can you do in HTML to make a page load faster?",
      [
        "Preload or preconnect for critical resources",
        "Responsive images with srcset, sizes and lazy loading",
        "Width and height on images to avoid layout shift",
        "Minimal blocking scripts and styles in the head",
      ],
    ],
    [
      "ms",
      "How do you make a web page work well for search engines and link previews?",
      [
        "Meaningful title and meta description",
        "Heading structure and semantic content",
        "Open Graph and social meta tags",
        "Structured data such as JSON-LD and canonical URLs",
      ],
    ],
  ],
);

const css = group(
  "css",
  "css",
  ["css"],
  [
    [
      "jm",
      "Explain the CSS box model.",
      [
        "Content, padding, border and margin",
        "box-sizing: content-box versus border-box",
        "Margin collapsing between vertical blocks",
        "Inspecting boxes with dev tools",
      ],
    ],
    [
      "jm",
      "When would you use Flexbox and when would you use Grid?",
      [
        "Flexbox for one-dimensional layout along a row or column",
        "Grid for two-dimensional layouts with rows and columns",
        "They combine well: grid for page, flex for components",
        "gap, alignment and responsive behaviour in both",
      ],
    ],
    [
      "jm",
      "How does CSS specificity work?",
      [
        "Inline styles, ids, classes and elements in order of weight",
        "Later rules win at equal specificity",
        "!important overrides and why to avoid it",
        "Cascade layers and low-specificity selectors like :where",
      ],
    ],
    [
      "jm",
      "How do you build a responsive layout?",
      [
        "Mobile-first styles and media queries",
        "Fluid units: %, rem, vw, clamp()",
        "Container queries for component-level responsiveness",
        "Responsive images and testing on real devices",
      ],
    ],
    [
      "ms",
      "How would you organise CSS in a large application to avoid conflicts?",
      [
        "Naming conventions such as BEM, or CSS Modules for scoping",
        "Utility-first frameworks like Tailwind",
        "Design tokens through custom properties",
        "Trade-offs of CSS-in-JS at runtime",
      ],
    ],
    [
      "ms",
      "What makes CSS animations smooth or janky?",
      [
        "Animating transform and opacity runs on the compositor",
        "Animating layout properties (width, top) triggers reflow",
        "will-change used sparingly",
        "Respecting prefers-reduced-motion",
      ],
    ],
  ],
);

export const frontendQuestions: BankQuestion[] = [...javascript, ...typescript, ...react, ...nextjs, ...vue, ...angular, ...html, ...css];
