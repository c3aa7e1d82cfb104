using Microsoft.Extensions.Configuration;
using WorkshopBot.BotProtocol.Hosting;
using Xunit;

namespace WorkshopBot.BotProtocol.Tests.Hosting;

// Only a host nothing but this machine can reach may skip the bot app id outside Development.
public sealed class LoopbackOnlyHostTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978")]
    [InlineData("http://localhost:5000;http://[::1]:5000")]
    public void IsLoopbackOnly_LoopbackUrls_True(string urls) =>
        Assert.True(LoopbackOnlyHost.IsLoopbackOnly(Config(("urls", urls))));

    [Theory]
    [InlineData("http://+:8080")]
    [InlineData("http://*:80")]
    [InlineData("http://0.0.0.0:3978")]
    [InlineData("http://127.0.0.1:3978;http://10.0.0.4:3978")]
    public void IsLoopbackOnly_AnyOtherInterface_False(string urls) =>
        Assert.False(LoopbackOnlyHost.IsLoopbackOnly(Config(("urls", urls))));

    // No URLs at all means Kestrel's or IIS's defaults: not known to be loopback, so not exempt.
    [Fact]
    public void IsLoopbackOnly_NoUrls_False() =>
        Assert.False(LoopbackOnlyHost.IsLoopbackOnly(Config()));

    [Theory]
    [InlineData("WEBSITE_SITE_NAME", "app-workshopbot")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080")]
    public void IsLoopbackOnly_AppServiceOrWiderBinding_False(string key, string value) =>
        Assert.False(LoopbackOnlyHost.IsLoopbackOnly(Config(("urls", "http://127.0.0.1:3978"), (key, value))));

    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}
