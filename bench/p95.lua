-- wrk prints this line at the end of a run: requests per second and latency percentiles.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "SOCIAAL {\"requests\": %d, \"seconds\": %.2f, \"rps\": %.1f, \"p50_ms\": %.2f, " ..
    "\"p95_ms\": %.2f, \"p99_ms\": %.2f, \"errors\": %d, \"non_2xx\": %d}\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
