// SPDX-License-Identifier: GPL-3.0-or-later
#include "pools/UserPoolDetailView.h"

#include "widgets/FocusOrder.h"
#include "cloud/UserPoolService.h"
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QSet>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
const char *const kKnownFields[] = {
    "Uid", "Trn", "Name", "Description", "ProjectName", "Tags", "Enabled", "Domain", "CustomDomain",
    "IssuerUrl", "DiscoveryUrl", "TokenUrl", "TokenSigningKeyUrl", "OidcLoginCallbackUrl",
    "OidcSignUpCallbackUrl", "SamlLoginCallbackUrl", "SamlSignUpCallbackUrl", "OauthLoginCallbackUrl",
    "OauthSignUpCallbackUrl", "TotalUsers", "TotalClients", "TotalConnections", "Brand", "SignInAttributes",
    "RequiredSignUpAttributes", "AuthenticationMethodOrder", "SelfAccountRecoveryVerificationAttributes",
    "PasswordSignInEnabled", "SelfSignUpEnabled", "SelfAccountRecoveryEnabled", "SignUpAutoVerificationEnabled",
    "UnconfirmedUserSignInEnabled", "EmailPasswordlessSignInEnabled", "SmsPasswordlessSignInEnabled",
    "EmailAnonymousSignUpEnabled", "SmsAnonymousSignUpEnabled", "CustomAttributes", "CreateTime", "UpdateTime",
};

bool isUrl(const QString &s)
{
    return s.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || s.startsWith(QLatin1String("http://"), Qt::CaseInsensitive);
}
}

UserPoolDetailView::UserPoolDetailView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);   // values wrap instead
    layout->addWidget(m_scroll);
    setMinimumWidth(220);
    rebuild();
}

void UserPoolDetailView::setPool(const UserPool &pool, std::optional<double> mau, const QString &mauMonth)
{
    m_pool = pool;
    m_mau = mau;
    m_mauMonth = mauMonth;
    m_hasPool = pool.isValid();
    rebuild();
}

void UserPoolDetailView::clear()
{
    m_pool = UserPool();
    m_mau.reset();
    m_mauMonth.clear();
    m_hasPool = false;
    rebuild();
}

QString UserPoolDetailView::valueText(const QString &field) const
{
    return m_values.value(field);
}

bool UserPoolDetailView::copyValue(const QString &field)
{
    if (!m_values.contains(field))
        return false;
    const QString value = m_copyValues.value(field, m_values.value(field));
    QGuiApplication::clipboard()->setText(value);
    emit valueCopied(field, value);
    return true;
}

void UserPoolDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString UserPoolDetailView::yesNo(std::optional<bool> value) const
{
    if (!value)
        return m_pool.complete ? tr("Not set") : tr("Loading…");
    return *value ? tr("On") : tr("Off");
}

void UserPoolDetailView::linkValue(const QString &field, const QString &tooltip)
{
    auto *label = m_body->findChild<QLabel *>(QStringLiteral("value_") + field);
    if (!label || !m_values.contains(field))
        return;
    label->setTextFormat(Qt::RichText);
    label->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(field, m_values.value(field).toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    label->setEnabled(true);
    label->setToolTip(tooltip);
    label->setAccessibleName(tooltip);
    label->setProperty("countLink", true);
    connect(label, &QLabel::linkActivated, this, [this](const QString &f) { emit countLinkActivated(f, m_pool.uid); });
}

bool UserPoolDetailView::activateCountLink(const QString &field)
{
    auto *label = m_body ? m_body->findChild<QLabel *>(QStringLiteral("value_") + field) : nullptr;
    if (!label || !label->property("countLink").toBool() || !m_hasPool)
        return false;
    emit countLinkActivated(field, m_pool.uid);
    return true;
}

void UserPoolDetailView::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_body);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, m_form->rowCount() ? 10 : 0, 0, 2);
    m_form->addRow(label);
}

void UserPoolDetailView::addRow(const QString &field, const QString &label, const QString &value, Kind kind,
                                const QString &tooltip, const QString &copyText)
{
    m_values.insert(field, value);
    if (!copyText.isEmpty())
        m_copyValues.insert(field, copyText);
    // Header line: the field's name, and its copy button on the right; the value below gets the full width.
    auto *head = new QWidget(m_body);
    auto *h = new QHBoxLayout(head);
    h->setContentsMargins(0, 4, 0, 0);
    h->setSpacing(2);
    auto *name = new QLabel(label, head);
    QPalette pal = name->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    name->setPalette(pal);
    name->setToolTip(tooltip.isEmpty() ? field : tooltip + QStringLiteral("\n(") + field + QLatin1Char(')'));
    h->addWidget(name, 1);
    if (!value.isEmpty()) {
        auto *copy = new QToolButton(head);
        copy->setObjectName(QStringLiteral("copy_") + field);
        copy->setAutoRaise(true);
        copy->setIcon(QFile::exists(QStringLiteral(":/icons/copy.svg")) ? QIcon(QStringLiteral(":/icons/copy.svg"))
                                                                        : QIcon::fromTheme(QStringLiteral("edit-copy")));
        if (copy->icon().isNull())
            copy->setText(tr("Copy"));
        copy->setIconSize(QSize(12, 12));
        copy->setFixedHeight(name->sizeHint().height() + 2);
        copy->setToolTip(tr("Copy %1").arg(label));
        copy->setAccessibleName(tr("Copy %1").arg(label));
        copy->setFocusPolicy(Qt::TabFocus);
        connect(copy, &QToolButton::clicked, this, [this, field] { copyValue(field); });
        h->addWidget(copy, 0, Qt::AlignVCenter);
    }

    auto *text = new QLabel(m_body);
    text->setObjectName(QStringLiteral("value_") + field);
    text->setWordWrap(true);
    // Ignored: a long value never widens the panel; it wraps (URLs at / . - too, see below).
    text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    text->setMinimumWidth(40);
    if (value.isEmpty()) {
        text->setText(QStringLiteral("—"));
        text->setEnabled(false);
    } else if (kind == Kind::Url && isUrl(value)) {
        text->setTextFormat(Qt::RichText);
        // Zero-width spaces after / . - ? & = let a long URL wrap; the link and the copy button use the real URL.
        QString shown = value;
        static const QRegularExpression breakAfter(QStringLiteral("([/.?&=-])"));
        shown.replace(breakAfter, QStringLiteral("\\1") + QChar(0x200B));
        shown = shown.toHtmlEscaped();
        text->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(value.toHtmlEscaped(), shown));
        text->setOpenExternalLinks(true);
        text->setTextInteractionFlags(Qt::TextBrowserInteraction);
        text->setToolTip(tr("Open %1").arg(value));
    } else {
        text->setTextFormat(Qt::PlainText);
        text->setText(value);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_form->addRow(head, text);
}

void UserPoolDetailView::rebuild()
{
    // Keep the scroll position when the same pool is refreshed (e.g. when its full object arrives).
    const int scroll = m_scroll->verticalScrollBar()->value();
    const bool samePool = m_hasPool && m_shownUid == m_pool.uid;
    m_shownUid = m_hasPool ? m_pool.uid : QString();
    if (samePool && scroll > 0) {
        QTimer::singleShot(0, this, [this, scroll, uid = m_pool.uid] {
            if (m_shownUid == uid)
                m_scroll->verticalScrollBar()->setValue(scroll);
        });
    }
    m_values.clear();
    m_copyValues.clear();
    // Replace the whole body: cheap for one pool, and keeps the form consistent after a language switch.
    m_body = new QWidget;
    m_form = new QFormLayout(m_body);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);   // label above value: the value gets the full width
    m_form->setVerticalSpacing(2);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    if (!m_hasPool) {
        m_placeholder = new QLabel(tr("Select a user pool to see its details."), m_body);
        m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
        m_placeholder->setWordWrap(true);
        m_placeholder->setAlignment(Qt::AlignCenter);
        m_placeholder->setEnabled(false);
        m_form->addRow(m_placeholder);
        m_scroll->setWidget(m_body);
        return;
    }
    const UserPool &p = m_pool;
    const QLocale locale;
    auto time = [&locale](const QString &raw) {
        const QDateTime t = UserPool::parseTime(raw);
        return t.isValid() ? locale.toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : raw;
    };

    auto *title = new QLabel(p.name, m_body);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    title->setFont(tf);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_form->addRow(title);
    if (!p.complete) {
        auto *loading = new QLabel(tr("Loading every field of the pool…"), m_body);
        loading->setEnabled(false);
        m_form->addRow(loading);
    }

    addSection(tr("General"));
    addRow(QStringLiteral("Name"), tr("Name"), p.name);
    addRow(QStringLiteral("Uid"), tr("Uid"), p.uid);
    addRow(QStringLiteral("Trn"), tr("TRN"), p.trn, Kind::Text, tr("Resource name"));
    addRow(QStringLiteral("Description"), tr("Description"), p.description, Kind::Multiline);
    addRow(QStringLiteral("ProjectName"), tr("Project"), p.projectName);
    addRow(QStringLiteral("Enabled"), tr("State"),
           p.enabled ? (*p.enabled ? tr("Enabled") : tr("Disabled")) : yesNo(std::nullopt));
    QStringList tags;
    for (const auto &t : p.tags)
        tags << (t.second.isEmpty() ? t.first : t.first + QLatin1Char('=') + t.second);
    addRow(QStringLiteral("Tags"), tr("Tags"), tags.join(QLatin1Char('\n')), Kind::Multiline);
    addRow(QStringLiteral("CreateTime"), tr("Created"), time(p.createTime), Kind::Text, p.createTime, p.createTime);
    addRow(QStringLiteral("UpdateTime"), tr("Updated"), time(p.updateTime), Kind::Text, p.updateTime, p.updateTime);

    addSection(tr("Usage"));
    addRow(QStringLiteral("TotalUsers"), tr("Users"), locale.toString(p.totalUsers));
    addRow(QStringLiteral("TotalClients"), tr("Applications (clients)"), locale.toString(p.totalClients));
    addRow(QStringLiteral("TotalConnections"), tr("Identity providers (connections)"),
           locale.toString(p.totalConnections));
    linkValue(QStringLiteral("TotalUsers"), tr("Open the users of this pool"));
    linkValue(QStringLiteral("TotalClients"), tr("Open the applications of this pool"));
    linkValue(QStringLiteral("TotalConnections"), tr("Open the identity providers of this pool"));
    addRow(QStringLiteral("Mau"),
           m_mauMonth.isEmpty() ? tr("Monthly active users") : tr("Monthly active users (%1)").arg(m_mauMonth),
           m_mau ? locale.toString(qRound64(*m_mau)) : QString());

    addSection(tr("Domains and OIDC endpoints"));
    addRow(QStringLiteral("Domain"), tr("Domain"), p.domain, Kind::Url);
    addRow(QStringLiteral("CustomDomain"), tr("Custom domain"), p.customDomain, Kind::Url);
    addRow(QStringLiteral("IssuerUrl"), tr("Issuer"), p.issuerUrl, Kind::Url);
    addRow(QStringLiteral("DiscoveryUrl"), tr("Discovery document"), p.discoveryUrl, Kind::Url);
    addRow(QStringLiteral("TokenUrl"), tr("Token endpoint"), p.tokenUrl, Kind::Url);
    addRow(QStringLiteral("TokenSigningKeyUrl"), tr("Signing keys (JWKS)"), p.tokenSigningKeyUrl, Kind::Url);

    addSection(tr("Callback URLs for identity providers"));
    addRow(QStringLiteral("OidcLoginCallbackUrl"), tr("OIDC sign-in"), p.oidcLoginCallbackUrl, Kind::Url);
    addRow(QStringLiteral("OidcSignUpCallbackUrl"), tr("OIDC sign-up"), p.oidcSignUpCallbackUrl, Kind::Url);
    addRow(QStringLiteral("SamlLoginCallbackUrl"), tr("SAML sign-in"), p.samlLoginCallbackUrl, Kind::Url);
    addRow(QStringLiteral("SamlSignUpCallbackUrl"), tr("SAML sign-up"), p.samlSignUpCallbackUrl, Kind::Url);
    addRow(QStringLiteral("OauthLoginCallbackUrl"), tr("OAuth sign-in"), p.oauthLoginCallbackUrl, Kind::Url);
    addRow(QStringLiteral("OauthSignUpCallbackUrl"), tr("OAuth sign-up"), p.oauthSignUpCallbackUrl, Kind::Url);

    addSection(tr("Sign-in and sign-up"));
    for (const QString &field : UserPool::switchFields())
        addRow(field, UserPoolService::switchTitle(field), yesNo(p.switchValue(field)), Kind::Text,
               UserPoolService::switchDescription(field));
    addRow(QStringLiteral("SignInAttributes"), tr("Sign-in attributes"), p.signInAttributes.join(QStringLiteral(", ")));
    addRow(QStringLiteral("RequiredSignUpAttributes"), tr("Required at sign-up"),
           p.requiredSignUpAttributes.join(QStringLiteral(", ")));
    addRow(QStringLiteral("AuthenticationMethodOrder"), tr("Authentication method order"),
           p.authenticationMethodOrder.join(QStringLiteral(" → ")), Kind::Text, {},
           p.authenticationMethodOrder.join(QStringLiteral(", ")));
    addRow(QStringLiteral("SelfAccountRecoveryVerificationAttributes"), tr("Account recovery verifies"),
           p.selfAccountRecoveryVerificationAttributes.join(QStringLiteral(", ")));

    addSection(tr("Branding"));
    addRow(QStringLiteral("Brand.Name"), tr("Brand name"), p.brandName);
    addRow(QStringLiteral("Brand.LogoUri"), tr("Logo"), p.brandLogoUri, Kind::Url);

    addSection(tr("Custom attributes"));
    if (p.customAttributes.isEmpty()) {
        addRow(QStringLiteral("CustomAttributes"), tr("Custom attributes"), p.customAttributesText);
    } else {
        for (const UserPool::CustomAttribute &a : p.customAttributes) {
            QStringList parts;
            if (!a.dataType.isEmpty())
                parts << a.dataType;
            if (!a.mutability.isEmpty())
                parts << a.mutability;
            if (a.minimum || a.maximum)
                parts << QStringLiteral("%1–%2").arg(a.minimum ? QString::number(*a.minimum) : QString(),
                                                     a.maximum ? QString::number(*a.maximum) : QString());
            if (!a.uid.isEmpty())
                parts << a.uid;
            addRow(QStringLiteral("CustomAttributes.") + a.name, a.name, parts.join(QStringLiteral(" · ")));
        }
    }

    // Fields this version does not know yet: shown verbatim, so nothing the server sends is hidden.
    QSet<QString> known;
    for (const char *f : kKnownFields)
        known.insert(QLatin1String(f));
    bool otherSection = false;
    for (auto it = p.raw.constBegin(); it != p.raw.constEnd(); ++it) {
        if (known.contains(it.key()))
            continue;
        if (!otherSection) {
            addSection(tr("Other fields"));
            otherSection = true;
        }
        const QJsonValue v = it.value();
        QString text;
        if (v.isString())
            text = v.toString();
        else if (v.isDouble())
            text = QString::number(v.toDouble(), 'g', 17);
        else if (v.isBool())
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isArray())
            text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        addRow(it.key(), it.key(), text, isUrl(text) ? Kind::Url : Kind::Text);
    }
    m_scroll->setWidget(m_body);   // deletes the previous body
    FocusOrder::chainAfter(m_scroll, m_body);   // Tab: the fields follow the panel, not the status bar
}
