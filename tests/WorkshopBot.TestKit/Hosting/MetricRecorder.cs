using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using WorkshopBot.Domain.Telemetry;

namespace WorkshopBot.TestKit.Hosting;

// Listens to the WorkshopBot meter of one service provider (a started host, or a bare one for unit tests):
// instruments of other hosts running in parallel in the same test process belong to another IMeterFactory
// (Meter.Scope) and are not recorded.
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<RecordedMeasurement> measurements = new();
    private readonly ServiceProvider? owned;

    public MetricRecorder(IServiceProvider services)
        : this(services, null)
    {
    }

    private MetricRecorder(IServiceProvider services, ServiceProvider? owned)
    {
        this.owned = owned;
        var factory = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkshopMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        listener.Start();
        Metrics = services.GetService<WorkshopMetrics>() ?? new WorkshopMetrics(factory);
    }

    // The metrics the recorder listens to: the host's own, or (standalone) a fresh WorkshopMetrics.
    public WorkshopMetrics Metrics { get; }

    public static MetricRecorder Standalone()
    {
        var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        return new MetricRecorder(services, services);
    }

    // Sum of the values recorded on the instrument whose tags include all of `tags`.
    public double Sum(string instrument, params (string Key, object? Value)[] tags) =>
        Matching(instrument, tags).Sum(m => m.Value);

    public int Count(string instrument, params (string Key, object? Value)[] tags) =>
        Matching(instrument, tags).Count();

    public IReadOnlyList<RecordedMeasurement> All(string instrument) =>
        measurements.Where(m => m.Instrument == instrument).ToList();

    public void Dispose()
    {
        listener.Dispose();
        owned?.Dispose();
    }

    private IEnumerable<RecordedMeasurement> Matching(string instrument, (string Key, object? Value)[] tags) =>
        measurements.Where(m => m.Instrument == instrument
            && tags.All(t => m.Tags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)));

    private void Record<T>(Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        where T : struct, IConvertible
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            copy[tag.Key] = tag.Value;
        }

        measurements.Enqueue(new RecordedMeasurement(instrument.Name, value.ToDouble(System.Globalization.CultureInfo.InvariantCulture), copy));
    }
}

public sealed record RecordedMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags);
