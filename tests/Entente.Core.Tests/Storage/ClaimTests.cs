using System.Diagnostics;
using Entente.Core.Domain;
using Entente.Core.Storage;
using Entente.Core.Tests.Support;

namespace Entente.Core.Tests.Storage;

/// <summary>The job table: an input is extracted by one worker at a time, and a dead worker's claim is taken again.</summary>
public class ClaimTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void A_claimed_input_is_not_claimed_again_until_released(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var first = RelationalStore.NewWorker();
        var second = RelationalStore.NewWorker();
        Assert.True(store.Claim("h1", first, Lease));
        Assert.False(store.Claim("h1", second, Lease));
        Assert.True(store.Claim("h2", second, Lease));
        store.Release("h1", second); // not second's claim: nothing happens
        Assert.False(store.Claim("h1", second, Lease));
        store.Release("h1", first);
        Assert.True(store.Claim("h1", second, Lease));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void An_expired_claim_is_taken_again(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        var clock = new ManualClock(new DateTimeOffset(2025, 5, 1, 12, 0, 0, TimeSpan.Zero));
        store.Clock = clock;
        // A worker of another machine: only its lease can tell it is gone.
        Assert.True(store.Claim("h", "elsewhere/1/a", Lease));
        clock.Now += Lease - TimeSpan.FromSeconds(1);
        Assert.False(store.Claim("h", RelationalStore.NewWorker(), Lease));
        clock.Now += TimeSpan.FromSeconds(2);
        var taker = RelationalStore.NewWorker();
        Assert.True(store.Claim("h", taker, Lease));
        Assert.Equal(taker, location.Scalar("SELECT worker FROM ingest_claims WHERE content_hash = 'h'"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void The_claim_of_a_process_of_this_machine_that_died_is_taken_at_once(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        Assert.True(store.Claim("h", $"{Environment.MachineName}/{gone.Id}/x", Lease));
        Assert.True(store.Claim("h", RelationalStore.NewWorker(), Lease));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Storing_an_input_ends_its_claim(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        using var store = location.Open();
        Assert.True(store.Claim("stored", RelationalStore.NewWorker(), Lease));
        var text = "A statement long enough to be an article of its own about twinned cities.";
        var article = new Article { Source = "a.txt", Text = text, RawText = text, RawIndex = [], End = text.Length, Published = "2025" };
        store.StoreDocument(new DocumentToStore("a.txt", "stored", text, [new ExtractedArticle(article, [], null)]));
        Assert.Equal(0, location.Count("ingest_claims"));
    }

    [Theory]
    [MemberData(nameof(TestStores.Backends), MemberType = typeof(TestStores))]
    public void Workers_claiming_the_same_inputs_at_once_get_each_input_once(string backend)
    {
        using var location = TestStores.NewLocation(backend);
        const int workers = 4;
        var hashes = Enumerable.Range(0, 40).Select(i => $"input{i}").ToList();
        var stores = Enumerable.Range(0, workers).Select(_ => location.Open()).ToList();
        try
        {
            using var start = new Barrier(workers);
            var tasks = stores.Select(store => Task.Factory.StartNew(() =>
            {
                var worker = RelationalStore.NewWorker();
                start.SignalAndWait();
                return hashes.Where(h => store.Claim(h, worker, Lease)).ToList();
            }, TaskCreationOptions.LongRunning)).ToArray();
            var claimed = tasks.SelectMany(t => t.Result).ToList();
            Assert.Equal(hashes.Order(), claimed.Order());
        }
        finally
        {
            foreach (var store in stores) store.Dispose();
        }
    }
}
