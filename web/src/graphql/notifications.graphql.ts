import { graphql } from '@/__generated__';

export const NotificationFields = graphql(`
  fragment NotificationFields on Notification {
    id
    category
    title
    body
    read
    createdAt
    order {
      id
    }
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    myNotifications(first: 1, unreadOnly: true) {
      unreadCount
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String) {
    myNotifications(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        ...PageInfoFields
      }
      totalCount
      unreadCount
    }
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      notification {
        id
        read
      }
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      markedCount
      unreadCount
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      category
      channel
      enabled
      required
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        category
        channel
        enabled
        required
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
