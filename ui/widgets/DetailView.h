// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QGridLayout;
class QLabel;

// A generic key / value detail panel: values are selectable, non-empty ones have a Copy button, URLs are
// clickable. Rows are rebuilt with clear() + addRow(); a placeholder shows while there is nothing to show.
class DetailView : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailView(QWidget *parent = nullptr);

    void clear();
    void setPlaceholder(const QString &text);
    void setTitle(const QString &title);
    void addSection(const QString &title);
    // An empty value shows "—" without a Copy button.
    void addRow(const QString &key, const QString &value, bool copyable = true);
    // Any widget as the value of a row (e.g. a list of group memberships); the view does not own it afterwards
    // only through the layout (it is deleted by clear()).
    void addWidgetRow(const QString &key, QWidget *widget);

    // For tests: the value shown for a key (first match), and every key.
    QString value(const QString &key) const;
    QStringList keys() const;
    QString title() const;

signals:
    void copied(const QString &text);

private:
    void finishLayout();

    QWidget *m_content = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_placeholder = nullptr;
    QList<QPair<QString, QString>> m_values;
    int m_row = 1;
};
