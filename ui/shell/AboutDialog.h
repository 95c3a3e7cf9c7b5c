// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

// Help > About: version, licence (GPL-3.0-or-later) and the Qt version built against / running on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();   // "0.1.0"
    QString bodyText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_close = nullptr;
};
