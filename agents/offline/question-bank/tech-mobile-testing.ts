import type { BankQuestion } from "./types";
import { group } from "./group";

// Mobile and testing questions written for InterVu's offline engine.
// Each group: prefix, topic, tech tags, rows of [levels ("j" junior, "m" mid, "s" senior, "l" lead), text, key points].
// Ids are "<prefix>-NNN" by position inside the group: append new rows at the end so existing ids stay stable.

const swift = group(
  "swift",
  "swift",
  ["swift"],
  [
    [
      "jm",
      "What is the difference between structs and classes in Swift?",
      [
        "Structs are value types, classes are reference types",
        "Classes support inheritance and deinitialisers",
        "Structs are preferred by default; copy-on-write for collections",
        "Identity checks with === only for classes",
      ],
    ],
    [
      "jm",
      "How do optionals work in Swift?",
      [
        "A value that may be nil",
        "Unwrapping with if let, guard let and ??",
        "Optional chaining",
        "Avoid force unwrapping except when a nil is a programmer error",
      ],
    ],
    [
      "ms",
      "How does memory management with ARC work in Swift, and how do you avoid retain cycles?",
      [
        "Automatic reference counting frees objects when count reaches zero",
        "Strong reference cycles between objects or closures",
        "weak and unowned references",
        "Capture lists in closures",
      ],
    ],
    [
      "ms",
      "How does Swift concurrency with async/await and actors work?",
      [
        "async functions and structured concurrency with task groups",
        "Actors protect mutable state from data races",
        "MainActor for UI updates",
        "Sendable checking",
      ],
    ],
    [
      "ms",
      "How does state management work in SwiftUI?",
      [
        "@State for local view state",
        "@Binding to share with child views",
        "Observable models and @Environment for shared state",
        "Views are recomputed from state",
      ],
    ],
    [
      "sl",
      "How would you architect a large iOS application for testability and team scaling?",
      [
        "Modular features with Swift packages",
        "Clear layers: UI, domain, data",
        "Dependency injection for services",
        "Unit and UI tests plus CI with build caching",
      ],
    ],
  ],
);

const kotlin = group(
  "kotlin",
  "kotlin",
  ["kotlin"],
  [
    [
      "jm",
      "How does Kotlin handle null safety?",
      [
        "Nullable types marked with ?",
        "Safe calls ?. and the Elvis operator ?:",
        "!! throws when null and should be rare",
        "Platform types when calling Java",
      ],
    ],
    [
      "jm",
      "What are data classes in Kotlin?",
      [
        "Generate equals, hashCode, toString and copy",
        "Destructuring declarations",
        "Best used for immutable value holders",
        "Limitations on inheritance",
      ],
    ],
    [
      "ms",
      "How do coroutines work in Kotlin?",
      [
        "Lightweight suspendable computations",
        "Structured concurrency with scopes",
        "Dispatchers for main, IO and default work",
        "Cancellation and exception propagation",
      ],
    ],
    [
      "ms",
      "What is Kotlin Flow and how does it differ from LiveData?",
      [
        "Cold asynchronous streams built on coroutines",
        "StateFlow and SharedFlow for hot state and events",
        "Operators for transformation",
        "Lifecycle-aware collection in Android UI",
      ],
    ],
    [
      "ms",
      "How does Jetpack Compose manage UI state?",
      [
        "Composable functions describe UI from state",
        "remember and rememberSaveable",
        "State hoisting to make components reusable",
        "ViewModel holds screen state across configuration changes",
      ],
    ],
    [
      "sl",
      "How would you structure a modern Android application?",
      [
        "Recommended architecture: UI, domain and data layers",
        "ViewModels with unidirectional data flow",
        "Repositories, dependency injection with Hilt or similar",
        "Modularisation for build speed and ownership",
      ],
    ],
  ],
);

const reactNative = group(
  "rn",
  "react native",
  ["react native", "react"],
  [
    [
      "jm",
      "How does React Native differ from building a web app with React?",
      [
        "Renders native views instead of DOM elements",
        "Core components like View and Text; styles via JavaScript objects",
        "Platform-specific code and APIs",
        "Navigation libraries instead of the browser's history",
      ],
    ],
    [
      "jm",
      "How do you render long lists efficiently in React Native?",
      [
        "FlatList or SectionList virtualisation",
        "Stable keys and memoised item components",
        "getItemLayout for fixed-height rows",
        "Avoid heavy work in render",
      ],
    ],
    [
      "ms",
      "What is the new React Native architecture and why does it matter?",
      [
        "JSI replaces the asynchronous bridge",
        "Fabric renderer and TurboModules",
        "Synchronous calls and better performance",
        "Impact on native module compatibility",
      ],
    ],
    [
      "ms",
      "How do you handle offline support and data persistence in a React Native app?",
      [
        "Local storage options: AsyncStorage, SQLite, MMKV",
        "Caching server data and syncing when online",
        "Conflict resolution",
        "Detecting network state",
      ],
    ],
    [
      "ms",
      "How do you debug performance problems in a React Native app?",
      [
        "Measure frame rates on real devices",
        "Profiling JavaScript and native threads",
        "Reducing re-renders and bridge or JSI traffic",
        "Native-driven animations",
      ],
    ],
    [
      "sl",
      "How would you manage releases and updates for a React Native app?",
      [
        "App store review and release tracks",
        "Over-the-air updates for JavaScript bundles and their limits",
        "Versioning native versus JavaScript changes",
        "Crash reporting and staged rollouts",
      ],
    ],
  ],
);

const flutter = group(
  "flutter",
  "flutter",
  ["flutter", "dart"],
  [
    [
      "jm",
      "What is the difference between stateless and stateful widgets in Flutter?",
      [
        "Stateless widgets depend only on their configuration",
        "Stateful widgets keep mutable State objects",
        "setState triggers rebuilds",
        "Keeping widgets small and rebuilds cheap",
      ],
    ],
    [
      "jm",
      "How does Flutter render UI differently from native toolkits?",
      [
        "Draws every pixel with its own rendering engine",
        "Consistent look across platforms",
        "Widget, element and render object trees",
        "Platform channels for native features",
      ],
    ],
    [
      "ms",
      "What state management approaches have you used in Flutter and why?",
      [
        "setState and InheritedWidget basics",
        "Provider, Riverpod or Bloc",
        "Separating business logic from widgets",
        "Testing the state logic",
      ],
    ],
    [
      "ms",
      "How does asynchronous programming work in Dart?",
      ["Futures and async/await", "Streams for multiple values", "Single-threaded event loop", "Isolates for CPU-heavy work"],
    ],
    [
      "ms",
      "How do you test a Flutter application?",
      ["Unit tests for logic", "Widget tests with pumping and finders", "Integration tests on devices", "Mocking dependencies"],
    ],
    [
      "sl",
      "How would you optimise a Flutter app that drops frames?",
      [
        "Profile mode and the performance overlay",
        "Avoid unnecessary rebuilds with const widgets and smaller widgets",
        "Move heavy computation to isolates",
        "Image caching and sizing",
      ],
    ],
  ],
);

const testing = group(
  "testing",
  "software testing",
  ["software testing", "testing"],
  [
    [
      "jm",
      "What is test-driven development and what are its benefits and drawbacks?",
      [
        "Red, green, refactor cycle",
        "Drives design toward testable code",
        "Provides a safety net for refactoring",
        "Can slow exploratory work; not always applied strictly",
      ],
    ],
    [
      "jm",
      "What is the difference between a stub, a mock, a spy and a fake?",
      [
        "Stub returns canned data",
        "Mock verifies interactions",
        "Spy records calls on real behaviour",
        "Fake is a working lightweight implementation",
      ],
    ],
    [
      "jm",
      "How would you test a function that depends on the current time or random numbers?",
      [
        "Inject a clock or random source",
        "Fake timers in the test framework",
        "Seeded random generators",
        "Assert on properties rather than exact values when appropriate",
      ],
    ],
    [
      "ms",
      "How do you write reliable end-to-end tests for a web application?",
      [
        "Test critical user journeys only",
        "Stable selectors such as roles and test ids",
        "Wait for conditions, not fixed sleeps",
        "Isolated test data and parallel-safe setup",
      ],
    ],
    [
      "ms",
      "What is contract testing and when is it useful?",
      [
        "Verifies that provider and consumer agree on an API",
        "Consumer-driven contracts",
        "Catches breaking changes without full end-to-end environments",
        "Useful with many microservices",
      ],
    ],
    [
      "ms",
      "How useful is code coverage as a metric?",
      [
        "Shows untested code, not test quality",
        "High coverage can hide weak assertions",
        "Mutation testing as a stronger signal",
        "Use it as a guide, not a target",
      ],
    ],
    [
      "sl",
      "How would you build a testing culture in a team that rarely writes tests?",
      [
        "Start with tests for new code and bug fixes",
        "Make tests fast and easy to run locally and in CI",
        "Lead by example in code reviews",
        "Show the value with fewer regressions and faster releases",
      ],
    ],
  ],
);

export const mobileTestingQuestions: BankQuestion[] = [...swift, ...kotlin, ...reactNative, ...flutter, ...testing];
