-- Prints wrk's summary as one JSON line that the benchmark parses (latencies in microseconds).
done = function(summary, latency, requests)
  local s = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"status":%d,"timeouts":%d,"p50Us":%d,"p90Us":%d,"p99Us":%d,"meanUs":%.1f}\n',
    summary.requests, summary.duration, summary.bytes, s.connect, s.read, s.write, s.status, s.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean))
end
