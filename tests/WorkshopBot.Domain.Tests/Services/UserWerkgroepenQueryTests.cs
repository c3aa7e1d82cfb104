using WorkshopBot.Domain.Ports;
using WorkshopBot.Domain.Services;
using WorkshopBot.Domain.Werkgroepen;
using WorkshopBot.TestKit.Domain;
using Xunit;

namespace WorkshopBot.Domain.Tests.Services;

public sealed class UserWerkgroepenQueryTests
{
    private readonly InMemoryWorkshopStore _store = new();
    private readonly FakeIndex _index = new();

    [Fact]
    public async Task ListAsync_TeamsUser_LeavesOutWerkgroepenOfOtherTenants()
    {
        await _store.SaveTrajectAsync(TestWorkshop.Traject("t-1"), null, [], default);
        _index.Add(Membership("w-1", "Werkgroep ontmoeting", "t-1", "tenant-1"));
        _index.Add(Membership("w-2", "Werkgroep elders", "t-1", "tenant-2"));
        var query = new UserWerkgroepenQuery(_index, _store);

        var ownTenant = await query.ListAsync("u-1", "TENANT-1", default);
        var developer = await query.ListAsync("u-1", null, default);

        Assert.Equal(["w-1"], ownTenant.Select(w => w.WerkgroepId));
        Assert.Equal(["w-2", "w-1"], developer.Select(w => w.WerkgroepId));
    }

    [Fact]
    public async Task ListAsync_TwoTrajecten_AddsTrajectNamesAndOrdersByTrajectThenName()
    {
        await _store.SaveTrajectAsync(TestWorkshop.Traject("t-1") with { Name = "Jeugd 2026" }, null, [], default);
        await _store.SaveTrajectAsync(TestWorkshop.Traject("t-2") with { Name = "Armoede 2026" }, null, [], default);
        _index.Add(Membership("w-3", "Werkgroep school", "t-1", "tenant-1"));
        _index.Add(Membership("w-1", "Werkgroep schulden", "t-2", "tenant-1", WerkgroepRole.Moderator));
        _index.Add(Membership("w-2", "Werkgroep inkomen", "t-2", "tenant-1"));
        _index.Add(Membership("w-9", "Werkgroep zonder traject", "t-gone", "tenant-1"));
        var query = new UserWerkgroepenQuery(_index, _store);

        var list = await query.ListAsync("u-1", "tenant-1", default);

        Assert.Equal(
            [("", "Werkgroep zonder traject"), ("Armoede 2026", "Werkgroep inkomen"), ("Armoede 2026", "Werkgroep schulden"), ("Jeugd 2026", "Werkgroep school")],
            list.Select(w => (w.TrajectName, w.Name)));
        Assert.Equal(WerkgroepRole.Moderator, list.Single(w => w.WerkgroepId == "w-1").Role);
    }

    [Fact]
    public void MemberRoles_StarterIsMemberAndModerator_ListedOnceAsModerator()
    {
        var werkgroep = TestWorkshop.Werkgroep().Join(TestWorkshop.Participant(1), TestWorkshop.Now).Ok();

        var roles = werkgroep.MemberRoles();

        Assert.Equal(
            new Dictionary<string, WerkgroepRole> { [TestWorkshop.Moderator.UserId] = WerkgroepRole.Moderator, [TestWorkshop.Participant(1).UserId] = WerkgroepRole.Member }
                .OrderBy(r => r.Key, StringComparer.Ordinal),
            roles.OrderBy(r => r.Key, StringComparer.Ordinal));
        Assert.Null(werkgroep.RoleOf("someone-else"));
    }

    private static WerkgroepMembership Membership(string id, string name, string trajectId, string tenantId, WerkgroepRole role = WerkgroepRole.Member) =>
        new(id, name, trajectId, tenantId, role, TestWorkshop.Now);

    private sealed class FakeIndex : IWerkgroepMembershipIndex
    {
        private readonly List<WerkgroepMembership> _memberships = [];

        public void Add(WerkgroepMembership membership) => _memberships.Add(membership);

        public Task<IReadOnlyList<WerkgroepMembership>> ListForUserAsync(string userId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<WerkgroepMembership>>(_memberships.ToArray());
    }
}
