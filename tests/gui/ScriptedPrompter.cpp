// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScriptedPrompter.h"

ScriptedPrompter::Question ScriptedPrompter::last(const QString &kind) const
{
    for (int i = int(m_asked.size()) - 1; i >= 0; --i)
        if (kind.isEmpty() || m_asked.at(i).kind == kind)
            return m_asked.at(i);
    return {};
}

int ScriptedPrompter::count(const QString &kind) const
{
    int n = 0;
    for (const Question &q : m_asked)
        n += q.kind == kind ? 1 : 0;
    return n;
}

QStringList ScriptedPrompter::warnings() const
{
    QStringList out;
    for (const Question &q : m_asked)
        if (q.kind == QLatin1String("warn"))
            out << q.title + QLatin1Char('\n') + q.text;
    return out;
}

QStringList ScriptedPrompter::informs() const
{
    QStringList out;
    for (const Question &q : m_asked)
        if (q.kind == QLatin1String("inform"))
            out << q.title + QLatin1Char('\n') + q.text;
    return out;
}

void ScriptedPrompter::clear()
{
    m_confirms.clear();
    m_texts.clear();
    m_choices.clear();
    m_files.clear();
    m_asked.clear();
    m_unexpected.clear();
}

bool ScriptedPrompter::confirm(QWidget *, const QString &title, const QString &text, const QString &acceptText)
{
    Question q{QStringLiteral("confirm"), title, text, {}, -1, acceptText, {}};
    bool answer = false;
    if (m_confirms.isEmpty())
        m_unexpected << QStringLiteral("confirm: ") + title;
    else
        answer = m_confirms.dequeue();
    q.answer = answer ? QStringLiteral("true") : QStringLiteral("false");
    m_asked << q;
    return answer;
}

bool ScriptedPrompter::confirmByTyping(QWidget *, const QString &title, const QString &text, const QString &expected)
{
    Question q{QStringLiteral("confirmByTyping"), title, text, {}, -1, expected, {}};
    QString typed;
    if (m_texts.isEmpty())
        m_unexpected << QStringLiteral("confirmByTyping: ") + title;
    else
        typed = m_texts.dequeue();
    q.answer = typed;
    m_asked << q;
    return !typed.isEmpty() && typed == expected;
}

QString ScriptedPrompter::choose(QWidget *, const QString &title, const QString &label, const QStringList &items,
                                 int current)
{
    Question q{QStringLiteral("choose"), title, label, items, current, {}, {}};
    QString answer;
    if (m_choices.isEmpty()) {
        m_unexpected << QStringLiteral("choose: ") + title;
    } else {
        const QString wanted = m_choices.dequeue();
        if (items.contains(wanted)) {
            answer = wanted;
        } else if (!wanted.isEmpty()) {
            for (const QString &item : items) {
                if (item.startsWith(wanted)) {
                    answer = item;
                    break;
                }
            }
            if (answer.isEmpty())
                m_unexpected << QStringLiteral("choose: no item starts with ") + wanted;
        }
    }
    q.answer = answer;
    m_asked << q;
    return answer;
}

void ScriptedPrompter::inform(QWidget *, const QString &title, const QString &text)
{
    m_asked << Question{QStringLiteral("inform"), title, text, {}, -1, {}, {}};
}

void ScriptedPrompter::warn(QWidget *, const QString &title, const QString &text)
{
    m_asked << Question{QStringLiteral("warn"), title, text, {}, -1, {}, {}};
}

QString ScriptedPrompter::saveFileName(QWidget *, const QString &title, const QString &suggestedName, const QString &)
{
    Question q{QStringLiteral("saveFileName"), title, suggestedName, {}, -1, {}, {}};
    if (m_files.isEmpty())
        m_unexpected << QStringLiteral("saveFileName: ") + title;
    else
        q.answer = m_files.dequeue();
    m_asked << q;
    return q.answer;
}
