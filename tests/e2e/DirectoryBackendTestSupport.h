// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the DirectoryBackend end-to-end tests (tst_cloudidentitybackend, tst_cloudssobackend): a session on the
// running emulator, and synchronous waits on the backend's asynchronous callbacks. Test classes derive from it
// (after QObject) so the helpers read as plain calls inside the test functions.
#include "api/ApiError.h"
#include "cloud/DirectoryBackend.h"
#include "EmulatorFixture.h"
#include "credentials/Profile.h"
#include "cloud/Session.h"

#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <functional>
#include <memory>

class DirectoryBackendTestSupport
{
public:
    // Waits for one page; a missing callback after `timeoutMs` reads as a Timeout error.
    template<class T>
    static Page<T> waitPage(const std::function<void(DirectoryBackend::PageCallback<T>)> &start, int timeoutMs = 30000)
    {
        return waitFor<Page<T>>(start, timeoutMs);
    }

    static WriteResult waitWrite(const std::function<void(DirectoryBackend::WriteCallback)> &start, int timeoutMs = 30000)
    {
        return waitFor<WriteResult>(start, timeoutMs);
    }

    // Every page of a listing, following nextCursor; *pages counts them and *total is the first page's total.
    // Empty (with a warning) if a page fails.
    template<class T>
    static QList<T> all(const std::function<void(const QString &, DirectoryBackend::PageCallback<T>)> &list, int *pages,
                        qint64 *total)
    {
        QList<T> items;
        QString cursor;
        *pages = 0;
        *total = -1;
        do {
            const Page<T> p = waitPage<T>([&](DirectoryBackend::PageCallback<T> cb) { list(cursor, cb); });
            if (!p.ok()) {
                qWarning("page failed: %s", qPrintable(p.error.toString()));
                return {};
            }
            if (*pages == 0)
                *total = p.total;
            items += p.items;
            cursor = p.nextCursor;
            ++*pages;
        } while (!cursor.isEmpty() && *pages < 1000);
        return items;
    }

    static QString uniqueName(const QString &prefix)
    {
        static int n = 0;
        return QStringLiteral("%1-%2-%3").arg(prefix).arg(QDateTime::currentMSecsSinceEpoch() % 100000000).arg(++n);
    }

    // A session whose `service` endpoint is the emulator, signed with the emulator's keys.
    static std::unique_ptr<Session> emulatorSession(const EmulatorFixture &emu, const QString &profileName,
                                                    Profile::Provider provider, const QString &service)
    {
        Profile profile;
        profile.name = profileName;
        profile.provider = provider;
        profile.accessKeyId = emu.accessKey();
        profile.endpoints.insert(service, emu.endpoint().toString());
        return std::make_unique<Session>(profile, Credentials{emu.accessKey(), emu.secret(), QString()});
    }

private:
    // Runs `start` with a callback that stores its argument; waits until it is called or `timeoutMs` passes.
    template<class Result, class Start>
    static Result waitFor(const Start &start, int timeoutMs)
    {
        Result out;
        bool done = false;
        QEventLoop loop;
        start([&](const Result &r) {
            out = r;
            done = true;
            loop.quit();
        });
        if (!done) {
            QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!done)
            out.error = ApiError::make(ApiError::Kind::Timeout, QStringLiteral("TestTimeout"), QStringLiteral("no callback"));
        return out;
    }
};
