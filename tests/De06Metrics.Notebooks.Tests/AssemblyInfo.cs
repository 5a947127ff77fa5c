// Formatter registrations are process-global: tests that run notebooks and check HTML must not run side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
