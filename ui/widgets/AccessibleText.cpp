// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/AccessibleText.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QToolButton>

namespace {
const char kTrackerName[] = "accessibleRowsTracker";
// Qt's object name of the action behind a line edit's clear button (QLineEdit::setClearButtonEnabled).
const char kClearActionName[] = "_q_qlineeditclearaction";

QString trText(const char *source)
{
    return QCoreApplication::translate("AccessibleText", source);
}

// Follows the rows of one view (owned by it).
class RowsTracker : public QObject
{
public:
    explicit RowsTracker(QAbstractItemView *view) : QObject(view), m_view(view)
    {
        setObjectName(QLatin1String(kTrackerName));
        view->installEventFilter(this);
    }

    void update()
    {
        if (m_model != m_view->model()) {
            if (m_model)
                disconnect(m_model, nullptr, this, nullptr);
            m_model = m_view->model();
            if (m_model) {
                const auto refresh = [this] { update(); };
                connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
                connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
                connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
                connect(m_model, &QAbstractItemModel::layoutChanged, this, refresh);
            }
        }
        const QString text = AccessibleText::rowsDescription(m_view);
        if (m_view->accessibleDescription() != text)
            m_view->setAccessibleDescription(text);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::LanguageChange)
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
    QPointer<QAbstractItemModel> m_model;
};

// The button a line edit shows for one of its actions. Named on the button, not the action: an action's text
// would also become the button's (untranslated, visible) tooltip.
QToolButton *buttonFor(QLineEdit *edit, QAction *action)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

void nameButton(QLineEdit *edit, QAction *action, const QString &name)
{
    if (QToolButton *button = buttonFor(edit, action))
        button->setAccessibleName(name);
}

// Names the clear buttons of line edits, application-wide.
class ClearButtonNamer : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish || event->type() == QEvent::LanguageChange)
            if (auto *edit = qobject_cast<QLineEdit *>(watched))
                if (QAction *clear = edit->findChild<QAction *>(QLatin1String(kClearActionName)))
                    nameButton(edit, clear, trText(QT_TRANSLATE_NOOP("AccessibleText", "Clear the text")));
        return QObject::eventFilter(watched, event);
    }
};
} // namespace

void AccessibleText::describeRows(QAbstractItemView *view)
{
    if (!view)
        return;
    auto *tracker = dynamic_cast<RowsTracker *>(
        view->findChild<QObject *>(QLatin1String(kTrackerName), Qt::FindDirectChildrenOnly));
    if (!tracker)
        tracker = new RowsTracker(view);
    tracker->update();
}

QString AccessibleText::rowsDescription(const QAbstractItemView *view)
{
    const QString name = view->accessibleName();
    if (!view->model())
        return name;
    const int rows = view->model()->rowCount(view->rootIndex());
    if (name.isEmpty())
        return QCoreApplication::translate("AccessibleText", "%n row(s)", nullptr, rows);
    return QCoreApplication::translate("AccessibleText", "%1, %n row(s)", nullptr, rows).arg(name);
}

void AccessibleText::nameEditActions(QLineEdit *edit, const QString &decorationName)
{
    if (!edit)
        return;
    const QList<QAction *> actions = edit->actions();
    for (QAction *action : actions) {
        if (action->objectName() == QLatin1String(kClearActionName))
            nameButton(edit, action, trText(QT_TRANSLATE_NOOP("AccessibleText", "Clear the text")));
        else if (!decorationName.isEmpty() && !action->isCheckable())
            nameButton(edit, action, decorationName);
    }
}

QString AccessibleText::fromLabel(const QString &labelText)
{
    QString s = labelText;
    static const QRegularExpression cjkMnemonic(QStringLiteral("\\s*[(（]&[^)）][)）]"));
    s.remove(cjkMnemonic);
    s.replace(QLatin1String("&&"), QLatin1String("\x01"));
    s.remove(QLatin1Char('&'));
    s.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    s = s.simplified();
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QChar(0xFF1A)))
        s.chop(1);
    return s.trimmed();
}

void AccessibleText::install()
{
    static QPointer<ClearButtonNamer> namer;
    if (namer || !qApp)
        return;
    namer = new ClearButtonNamer(qApp);
    qApp->installEventFilter(namer);
}
