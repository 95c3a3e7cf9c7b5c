// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include <QWidget>

class QLabel;
class QPushButton;
class QProgressBar;
class QStackedLayout;

// Wraps a pane's content and shows one of: the content, a busy state, an empty state with an action,
// or an error state (localized message, code and RequestId selectable, Retry button).
class PaneStateWidget : public QWidget
{
    Q_OBJECT
public:
    enum class State { Content, Busy, Empty, Error };

    explicit PaneStateWidget(QWidget *content, QWidget *parent = nullptr);

    State state() const { return m_state; }
    void showContent();
    void showBusy(const QString &text = {});
    // actionText empty: no button.
    void showEmpty(const QString &text, const QString &actionText = {});
    void showError(const ApiError &error);
    ApiError lastError() const { return m_error; }
    QString messageText() const;

signals:
    void retryRequested();
    void emptyActionRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    State m_state = State::Content;
    ApiError m_error;
    QStackedLayout *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_busyPage = nullptr;
    QLabel *m_busyLabel = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QWidget *m_errorPage = nullptr;
    QLabel *m_errorTitle = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_errorDetails = nullptr;
    QPushButton *m_retryButton = nullptr;
    QString m_busyText;
};
