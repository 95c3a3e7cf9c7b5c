// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/Prompter.h"
#include <QList>
#include <QQueue>
#include <QStringList>

// A Prompter for GUI tests: answers come from queues the test fills beforehand, every question is recorded.
// Install with Prompter::setInstance(&p) or a ScriptedPrompter::Installer (scoped).
//   prompter.answerConfirm(true);          // next confirm()
//   prompter.answerText("pool-1");         // next confirmByTyping(): what the person types
//   prompter.answerChoice("TakeOver");     // next choose(): an item, or the start of one ("" = cancel)
//   prompter.answerSaveFile("/tmp/x.csv"); // next saveFileName()
// A question without a queued answer gets the safe answer (false / "" = cancel) and is listed in unexpected().
class ScriptedPrompter : public Prompter
{
public:
    struct Question
    {
        QString kind;        // "confirm", "confirmByTyping", "choose", "inform", "warn", "saveFileName"
        QString title;
        QString text;        // text / label
        QStringList items;   // choose()
        int current = -1;    // choose(): the pre-selected item
        QString expected;    // confirmByTyping()
        QString answer;      // what was answered ("true"/"false" for confirmations)
    };

    ScriptedPrompter() = default;

    void answerConfirm(bool yes) { m_confirms.enqueue(yes); }
    void answerText(const QString &text) { m_texts.enqueue(text); }
    void answerChoice(const QString &choice) { m_choices.enqueue(choice); }
    void answerSaveFile(const QString &fileName) { m_files.enqueue(fileName); }

    QList<Question> asked() const { return m_asked; }
    Question last(const QString &kind = QString()) const;
    int count(const QString &kind) const;
    QStringList warnings() const;    // "title\ntext" of every warn()
    QStringList informs() const;
    QStringList unexpected() const { return m_unexpected; }
    int pendingAnswers() const { return int(m_confirms.size() + m_texts.size() + m_choices.size() + m_files.size()); }
    void clear();

    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptText) override;
    bool confirmByTyping(QWidget *parent, const QString &title, const QString &text, const QString &expected) override;
    QString choose(QWidget *parent, const QString &title, const QString &label, const QStringList &items,
                   int current) override;
    void inform(QWidget *parent, const QString &title, const QString &text) override;
    void warn(QWidget *parent, const QString &title, const QString &text) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedName,
                         const QString &filter) override;

    // Installs a prompter for the lifetime of this object (then the widget-based default is back).
    class Installer
    {
    public:
        explicit Installer(Prompter *prompter) { Prompter::setInstance(prompter); }
        ~Installer() { Prompter::setInstance(nullptr); }
        Installer(const Installer &) = delete;
        Installer &operator=(const Installer &) = delete;
    };

private:
    QQueue<bool> m_confirms;
    QQueue<QString> m_texts;
    QQueue<QString> m_choices;
    QQueue<QString> m_files;
    QList<Question> m_asked;
    QStringList m_unexpected;
};
