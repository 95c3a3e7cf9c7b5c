// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EmulatorFixture.h"
#include "PendingTranslator.h"
#include "ScriptedPrompter.h"
#include "api/Credentials.h"
#include "credentials/Profile.h"
#include <QString>
#include <QTemporaryDir>
#include <functional>
#include <memory>

class MainWindow;
class MemoryCredentialStore;
class ProfileStore;
class QAbstractItemView;

// The whole console over the emulator's demo data, as the tests that walk every pane and dialog (accessibility,
// bilingual) set it up: isolated settings in English, the scripted prompter, a profile store in a temporary
// folder, the emulator, main windows on a Volcengine or an Aliyun profile, and the walk over every enabled
// navigation pane with its first row selected.
class ConsoleWalk
{
public:
    // `settleMs`: how long waitIdle() lets requests start and texts settle (twice).
    ConsoleWalk(const QString &testName, int settleMs);
    ~ConsoleWalk();

    // initTestCase: settings in test mode and cleared, no IDCONSOLE_LANGUAGE, English, the prompter installed,
    // the pending translations (translations/pending) installed, the stores created and the emulator started.
    // False with `error` on failure.
    bool start(QString *error);
    // cleanupTestCase: prompter removed, English, settings cleared.
    void finish();

    Profile volcProfile(const QString &name) const;     // id + cloudidentity
    Profile aliyunProfile(const QString &name) const;   // cloudsso
    Credentials credentials() const;
    ProfileStore *profiles() const { return m_profiles; }
    int pendingTranslations() const { return m_pendingCount; }
    ScriptedPrompter &prompter() { return m_prompter; }

    // A main window, shown and exposed (null if it did not show), without or with a session on `profile`.
    std::unique_ptr<MainWindow> openMainWindow();
    std::unique_ptr<MainWindow> openMainWindow(const Profile &profile);
    // Waits until no request is in flight and the texts have settled (QTRY: a timeout fails the test).
    void waitIdle(MainWindow *w) const;
    static void selectFirstRow(QAbstractItemView *view);
    // Every enabled navigation pane in turn, idle, with its first pool (pools pane) or the first row of its
    // first visible list selected, then `visit(paneId)`; stops when the test has failed. Returns the number
    // of panes visited.
    int forEachPane(MainWindow *w, const std::function<void(const QString &paneId)> &visit);

private:
    QString m_testName;
    int m_settleMs;
    ScriptedPrompter m_prompter;
    PendingTranslator m_pending;
    int m_pendingCount = 0;
    EmulatorFixture m_emu{{QStringLiteral("--dataset"), QStringLiteral("demo")}};
    QTemporaryDir m_dir;
    ProfileStore *m_profiles = nullptr;
    MemoryCredentialStore *m_credentials = nullptr;
};
