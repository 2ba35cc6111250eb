using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Platform.Volunteers.Tests;

/// <summary>Records every response body, log line (with its structured values) and span (name, tags, events) of the processes under test.</summary>
public sealed class Recorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _responses = new();
    private readonly ConcurrentQueue<string> _logs = new();
    private readonly ConcurrentQueue<string> _spans = new();
    private readonly ActivityListener _listener;

    public Recorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public IReadOnlyCollection<string> Responses => _responses;
    public IReadOnlyCollection<string> Logs => _logs;
    public IReadOnlyCollection<string> Spans => _spans;

    public DelegatingHandler Handler() => new ResponseRecorder(_responses);

    public ILogger CreateLogger(string categoryName) => new LineRecorder(categoryName, _logs);

    public void Dispose() => _listener.Dispose();

    private void Record(Activity activity)
    {
        var tags = activity.TagObjects.Select(t => $"{t.Key}={t.Value}");
        var events = activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}"));
        var baggage = activity.Baggage.Select(b => $"{b.Key}={b.Value}");
        _spans.Enqueue($"{activity.Source.Name} {activity.DisplayName} {activity.StatusDescription} {string.Join(' ', tags.Concat(events).Concat(baggage))}");
    }

    private sealed class ResponseRecorder(ConcurrentQueue<string> responses) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            responses.Enqueue($"{request.Method} {request.RequestUri} {(int)response.StatusCode} {response.Headers} {response.Content.Headers} {body}");
            return response;
        }
    }

    private sealed class LineRecorder(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope {Values(state)}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category} {formatter(state, exception)} {Values(state)} {exception}");

        private static string Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : $"{state}";
    }
}
