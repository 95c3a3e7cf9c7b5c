// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryBackend user provisionings (listProvisionings / getProvisioning / deleteProvisioning) against the real
// emulator, Cloud Identity (§3: PageNumber paging, AccountId filter) and CloudSSO (§6: NextToken paging, TargetId
// filter, DirectoryId required), through the list machinery's model too (UserProvisioningColumns).
#include "DirectoryBackendTestSupport.h"
#include "models/UserProvisioningColumns.h"

#include <QSignalSpy>
#include <QtTest>

class TestProvisioningsBackend : public QObject, public DirectoryBackendTestSupport
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_emu = new EmulatorFixture({QStringLiteral("--dataset"), QStringLiteral("demo")});
        QString error;
        QVERIFY2(m_emu->start(&error), qPrintable(error));
    }
    void cleanupTestCase() { delete m_emu; }

    void cloudIdentity()
    {
        auto session = emulatorSession(*m_emu, QStringLiteral("volc"), Profile::Provider::Volcengine,
                                       QStringLiteral("cloudidentity"));
        std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
        QVERIFY(backend->capabilities().userProvisionings);
        exercise(backend.get(), QStringLiteral("2100247160"));
    }

    void cloudSso()
    {
        auto session = emulatorSession(*m_emu, QStringLiteral("aliyun"), Profile::Provider::Aliyun, QStringLiteral("cloudsso"));
        std::unique_ptr<DirectoryBackend> backend(DirectoryBackend::create(session.get()));
        QVERIFY(backend->capabilities().userProvisionings);
        // No directory yet: refused before sending.
        const Page<UserProvisioning> refused = waitPage<UserProvisioning>([&](auto cb) {
            backend->listProvisionings({}, QString(), 10, nullptr, cb);
        });
        QCOMPARE(refused.error.code, QStringLiteral("NoDirectory"));
        const Page<DirectoryInfo> dirs = waitPage<DirectoryInfo>([&](auto cb) { backend->listDirectories(nullptr, cb); });
        QVERIFY2(dirs.ok() && !dirs.items.isEmpty(), qPrintable(dirs.error.toString()));
        session->setDirectoryId(dirs.items.first().id);
        exercise(backend.get(), QStringLiteral("1234567890120001"));
    }

private:
    void exercise(DirectoryBackend *backend, const QString &account)
    {
        int pages = 0;
        qint64 total = -1;
        // Small pages so that paging is exercised.
        const QList<UserProvisioning> all = DirectoryBackendTestSupport::all<UserProvisioning>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<UserProvisioning> cb) {
                backend->listProvisionings({}, cursor, 3, nullptr, cb);
            },
            &pages, &total);
        QVERIFY(all.size() >= 4);
        QVERIFY(pages >= 2);
        QSet<QString> ids;
        for (const UserProvisioning &p : all) {
            QVERIFY(!p.id.isEmpty());
            QVERIFY(!p.principalId.isEmpty());
            QVERIFY(p.principalType == QLatin1String("User") || p.principalType == QLatin1String("Group"));
            QVERIFY(!p.targetId.isEmpty());
            QVERIFY(p.created.isValid());
            ids.insert(p.id);
        }
        QCOMPARE(ids.size(), all.size());   // no duplicates across pages

        DirectoryBackend::ProvisioningQuery q;
        q.targetId = account;
        const QList<UserProvisioning> filtered = DirectoryBackendTestSupport::all<UserProvisioning>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<UserProvisioning> cb) {
                backend->listProvisionings(q, cursor, 100, nullptr, cb);
            },
            &pages, &total);
        QVERIFY(!filtered.isEmpty());
        QVERIFY(filtered.size() < all.size());
        for (const UserProvisioning &p : filtered)
            QCOMPARE(p.targetId, account);

        // The provisionings of one principal (links from a user or group): CloudSSO filters on the server
        // (PrincipalId / PrincipalType), Cloud Identity in the backend on each page (§3 has only AccountId).
        const UserProvisioning some = all.at(all.size() / 2);
        DirectoryBackend::ProvisioningQuery byPrincipal;
        byPrincipal.principalId = some.principalId;
        byPrincipal.principalType = some.principalType;
        const QList<UserProvisioning> ofPrincipal = DirectoryBackendTestSupport::all<UserProvisioning>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<UserProvisioning> cb) {
                backend->listProvisionings(byPrincipal, cursor, 3, nullptr, cb);
            },
            &pages, &total);
        int expected = 0;
        for (const UserProvisioning &p : all)
            expected += p.principalId == some.principalId && p.principalType == some.principalType;
        QCOMPARE(ofPrincipal.size(), expected);
        QVERIFY(ofPrincipal.size() >= 1);
        for (const UserProvisioning &p : ofPrincipal) {
            QCOMPARE(p.principalId, some.principalId);
            QCOMPARE(p.principalType, some.principalType);
        }

        // The events of one provisioning (links from a provisioning): every event of the filtered list belongs
        // to it, and together they are exactly that provisioning's events in the unfiltered list.
        const QList<ProvisioningEvent> events = DirectoryBackendTestSupport::all<ProvisioningEvent>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<ProvisioningEvent> cb) {
                backend->listEvents({}, cursor, 100, nullptr, cb);
            },
            &pages, &total);
        QVERIFY(!events.isEmpty());
        const QString eventProvisioning = events.first().provisioningId;
        QVERIFY(!eventProvisioning.isEmpty());
        int expectedEvents = 0;
        for (const ProvisioningEvent &e : events)
            expectedEvents += e.provisioningId == eventProvisioning;
        DirectoryBackend::EventQuery eq;
        eq.provisioningId = eventProvisioning;
        const QList<ProvisioningEvent> ofProvisioning = DirectoryBackendTestSupport::all<ProvisioningEvent>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<ProvisioningEvent> cb) {
                backend->listEvents(eq, cursor, 100, nullptr, cb);
            },
            &pages, &total);
        QCOMPARE(ofProvisioning.size(), expectedEvents);
        for (const ProvisioningEvent &e : ofProvisioning)
            QCOMPARE(e.provisioningId, eventProvisioning);

        // The list model over the same backend: every page.
        std::unique_ptr<UserProvisioningColumns::Model> model(UserProvisioningColumns::createModel(&q, nullptr));
        QSignalSpy finished(model.get(), &PagedTableModel::loadFinished);
        model->setBackend(backend);
        model->reload();
        QVERIFY(finished.wait(30000));
        QCOMPARE(model->rowCount(), filtered.size());

        // Detail.
        const UserProvisioning first = filtered.first();
        const WriteResult got = waitWrite([&](auto cb) { backend->getProvisioning(first.id, nullptr, cb); });
        QVERIFY2(got.ok(), qPrintable(got.error.toString()));
        const UserProvisioning detail = backend->provisioningFromResult(got.result);
        QCOMPARE(detail.id, first.id);
        QCOMPARE(detail.principalId, first.principalId);
        QCOMPARE(detail.targetId, first.targetId);
        QCOMPARE(detail.deletionStrategy, first.deletionStrategy);

        // Delete, then it is gone (GetUserProvisioning: not found; the list is one shorter).
        const WriteResult deleted = waitWrite([&](auto cb) { backend->deleteProvisioning(first.id, nullptr, cb); });
        QVERIFY2(deleted.ok(), qPrintable(deleted.error.toString()));
        QVERIFY(!deleted.requestId.isEmpty());
        const WriteResult again = waitWrite([&](auto cb) { backend->getProvisioning(first.id, nullptr, cb); });
        QVERIFY(again.error.isNotFound());
        const WriteResult twice = waitWrite([&](auto cb) { backend->deleteProvisioning(first.id, nullptr, cb); });
        QVERIFY(twice.error.isNotFound());
        const QList<UserProvisioning> after = DirectoryBackendTestSupport::all<UserProvisioning>(
            [&](const QString &cursor, DirectoryBackend::PageCallback<UserProvisioning> cb) {
                backend->listProvisionings(q, cursor, 100, nullptr, cb);
            },
            &pages, &total);
        QCOMPARE(after.size(), filtered.size() - 1);
    }

    EmulatorFixture *m_emu = nullptr;
};

QTEST_GUILESS_MAIN(TestProvisioningsBackend)
#include "tst_provisioningsbackend.moc"
