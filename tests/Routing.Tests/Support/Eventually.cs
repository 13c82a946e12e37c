namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>Waits (in real time, bounded) for a state that background work reaches; the assertion is on the state, never on timing.</summary>
public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task ReachedAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail("Not reached in time: " + what);
            }

            await Task.Delay(5);
        }
    }
}
