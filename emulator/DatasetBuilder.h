// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <random>

namespace emu {

class DataStore;

// Builds the seeded datasets (--dataset demo|large|empty). Same seed + same "now" -> identical data.
class DatasetBuilder
{
public:
    struct Options
    {
        QString dataset = QStringLiteral("demo");
        int users = 100000; // large only
        int events = 0;     // large only: failed provisioning events per service
        int poolUsers = 0;  // large only: users of one extra pool, generated on demand (--pool-users)
        quint64 seed = 1;
        qint64 nowMs = 0;
    };

    static QStringList datasetNames();

    explicit DatasetBuilder(const Options &options);
    void build(DataStore &store);

    // Demo counts (documented in README.md).
    static constexpr int DemoPools = 4;
    static constexpr int DemoCiUsers = 250;
    static constexpr int DemoCiGroups = 30;
    static constexpr int DemoCiProvisionings = 15;
    static constexpr int DemoCiEvents = 120;
    static constexpr int DemoCiFailedEvents = 18;
    static constexpr int DemoSsoUsers = 150;
    static constexpr int DemoSsoGroups = 20;
    static constexpr int DemoSsoProvisionings = 10;
    static constexpr int DemoSsoFailedEvents = 40;
    static constexpr int DemoSsoFinishedEvents = 15;
    static constexpr int LargeGroups = 10;
    static constexpr int LargeGroupMembers = 20;
    static constexpr int LargeProvisionings = 5;
    // Demo applications and identity providers per pool (in pool order).
    static constexpr int DemoClients[DemoPools] = {3, 2, 4, 1};
    static constexpr int DemoIdentityProviders[DemoPools] = {2, 1, 1, 0};
    static constexpr const char *LargePoolName = "load-test";

private:
    struct Person
    {
        QString userName;
        QString displayName;
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        bool chinese = false;
    };

    Person nextPerson(QHash<QString, int> &used);
    int randInt(int lo, int hi); // inclusive
    double uniform();
    // n ascending instants spread between from and to.
    std::vector<qint64> spreadTimes(int n, qint64 from, qint64 to);
    qint64 monthsAgo(int months) const;

    void buildPools(DataStore &store);
    void buildCloudIdentity(DataStore &store, int users, int groups, int provisionings, int failedEvents,
                            int finishedEvents, bool demo);
    void buildCloudSso(DataStore &store, int users, int groups, int provisionings, int failedEvents,
                       int finishedEvents, bool demo);
    void buildDirectoryOnly(DataStore &store, const QString &name);
    // Applications and identity providers of the demo pools; pool counters follow what is built.
    void buildPoolApplications(DataStore &store);
    void buildVirtualPool(DataStore &store, int users);

    Options m_options;
    std::mt19937_64 m_rng;
};

} // namespace emu
