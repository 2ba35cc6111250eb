// The tests share one running platform and one of them stops a service: run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
