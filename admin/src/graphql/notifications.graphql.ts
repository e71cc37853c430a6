import { graphql } from '@/__generated__';

export const NotificationTemplateFields = graphql(`
  fragment NotificationTemplateFields on NotificationTemplate {
    key
    channel
    category
    description
    subject
    body
    placeholders
    isDefault
    updatedAt
  }
`);

export const NotificationTemplatesQuery = graphql(`
  query NotificationTemplates {
    notificationTemplates {
      ...NotificationTemplateFields
    }
  }
`);

export const UpdateNotificationTemplateMutation = graphql(`
  mutation UpdateNotificationTemplate(
    $key: String!
    $channel: NotificationChannel!
    $subject: String
    $body: String!
  ) {
    updateNotificationTemplate(key: $key, channel: $channel, subject: $subject, body: $body) {
      template {
        ...NotificationTemplateFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResetNotificationTemplateMutation = graphql(`
  mutation ResetNotificationTemplate($key: String!, $channel: NotificationChannel!) {
    resetNotificationTemplate(key: $key, channel: $channel) {
      template {
        ...NotificationTemplateFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const NotificationDeliveriesQuery = graphql(`
  query NotificationDeliveries($first: Int!, $after: String, $filter: NotificationDeliveryFilter) {
    notificationDeliveries(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          id
          channel
          category
          kind
          status
          toAdminMailbox
          attemptCount
          lastError
          createdAt
          sentAt
          recipient {
            id
            email
          }
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);

export const RetryNotificationDeliveryMutation = graphql(`
  mutation RetryNotificationDelivery($id: ID!) {
    retryNotificationDelivery(id: $id) {
      delivery {
        id
        status
        attemptCount
        lastError
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CapturedEmailsQuery = graphql(`
  query CapturedEmails($first: Int!, $after: String, $to: String) {
    capturedEmails(first: $first, after: $after, to: $to) {
      edges {
        cursor
        node {
          id
          to
          subject
          body
          deliveryId
          createdAt
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
    }
  }
`);
